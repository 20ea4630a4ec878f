//! HTML articles: metadata from `<head>`, main content from the body.
//!
//! A small tolerant parser (tags, attributes, text, comments, raw-text elements) builds a
//! flat element tree; boilerplate elements (navigation, scripts, comments, related links,
//! sharing widgets) are dropped; the main content is the `<article>` / `[itemprop=articleBody]`
//! element, else the element whose paragraphs hold the most text.

use crate::dateline::parse_timestamp;
use attache_core::Published;

/// What an HTML page gave.
#[derive(Debug, Default)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub published: Option<Published>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// `(is_heading, text)` in order.
    pub blocks: Vec<(bool, String)>,
}

#[derive(Debug)]
struct Node {
    depth: u32,
    tag: String,
    attrs: Vec<(String, String)>,
    parent: Option<usize>,
    /// Text directly inside, and child element markers, in order.
    children: Vec<Child>,
    dropped: bool,
}

#[derive(Debug)]
enum Child {
    Text(String),
    Element(usize),
}

/// Deepest element nesting kept (deeper elements become leaves).
const MAX_DEPTH: u32 = 200;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
const RAW_TEXT: &[&str] = &["script", "style", "noscript", "template", "textarea", "svg"];
const BOILERPLATE_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "figure",
    "figcaption",
    "menu",
    "dialog",
];
const BOILERPLATE_HINTS: &[&str] = &[
    "related",
    "nav",
    "menu",
    "comment",
    "share",
    "social",
    "footer",
    "sidebar",
    "promo",
    "advert",
    "newsletter",
    "cookie",
    "breadcrumb",
    "subscribe",
    "recommend",
    "most-read",
    "popular",
    "outbrain",
    "taboola",
    "banner",
    "signup",
    "more-stories",
    "read-more",
    "tags",
];
/// Elements that end an open `<p>`.
const CLOSES_P: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "figure",
    "pre",
    "hr",
];

/// Parses `html` and extracts the article. Never fails; an empty result means nothing
/// readable was found.
pub fn read_html(html: &str) -> HtmlArticle {
    let nodes = parse(html);
    let mut art = HtmlArticle::default();
    metadata(&nodes, &mut art);
    let root = main_content(&nodes);
    let mut blocks = Vec::new();
    collect_blocks(&nodes, root, &mut blocks);
    if art.title.is_none() {
        art.title = first_text_of(&nodes, "h1").or_else(|| {
            first_text_of(&nodes, "title").map(|t| strip_site_suffix(&t, art.outlet.as_deref()))
        });
    }
    // A first block repeating the title is the page headline, not body.
    if let (Some(t), Some((_, first))) = (&art.title, blocks.first()) {
        if first == t {
            blocks.remove(0);
        }
    }
    art.blocks = blocks;
    art
}

fn parse(html: &str) -> Vec<Node> {
    let mut nodes = vec![Node {
        depth: 0,
        tag: "#root".into(),
        attrs: vec![],
        parent: None,
        children: vec![],
        dropped: false,
    }];
    let mut cur = 0usize;
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    let flush = |nodes: &mut Vec<Node>, cur: usize, from: usize, to: usize| {
        if to > from {
            let t = decode_entities(&html[from..to]);
            nodes[cur].children.push(Child::Text(t));
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            flush(&mut nodes, cur, text_start, i);
            i = html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
            text_start = i;
            continue;
        }
        if html[i..].starts_with("<!") || html[i..].starts_with("<?") {
            flush(&mut nodes, cur, text_start, i);
            i = html[i..].find('>').map_or(b.len(), |e| i + e + 1);
            text_start = i;
            continue;
        }
        let closing = b.get(i + 1) == Some(&b'/');
        let name_start = i + 1 + closing as usize;
        let name_end = html[name_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .map_or(b.len(), |e| name_start + e);
        if name_end == name_start {
            i += 1; // a bare `<` in text
            continue;
        }
        // A tag with an unclosed quote ends at the next `>`; without one, `<` is text.
        let Some(tag_end) = find_tag_end(html, name_end)
            .or_else(|| html[name_end..].find('>').map(|e| name_end + e))
        else {
            i += 1;
            continue;
        };
        flush(&mut nodes, cur, text_start, i);
        let tag = html[name_start..name_end].to_ascii_lowercase();
        if closing {
            // Close the nearest open element with this name, if any.
            let mut n = Some(cur);
            while let Some(k) = n {
                if nodes[k].tag == tag {
                    cur = nodes[k].parent.unwrap_or(0);
                    break;
                }
                n = nodes[k].parent;
            }
            i = tag_end + 1;
            text_start = i;
            continue;
        }
        let attrs = parse_attrs(&html[name_end..tag_end]);
        if CLOSES_P.contains(&tag.as_str()) && nodes[cur].tag == "p" {
            cur = nodes[cur].parent.unwrap_or(0);
        }
        if tag == "li" && nodes[cur].tag == "li" {
            cur = nodes[cur].parent.unwrap_or(0);
        }
        let id = nodes.len();
        let hint = attrs
            .iter()
            .filter(|(k, _)| k == "class" || k == "id" || k == "role")
            .any(|(_, v)| {
                let v = v.to_ascii_lowercase();
                BOILERPLATE_HINTS.iter().any(|h| {
                    v.split([' ', '_']).any(|part| {
                        part == *h
                            || part.starts_with(&format!("{h}-"))
                            || part.ends_with(&format!("-{h}"))
                    })
                }) || v == "navigation"
                    || v == "banner"
                    || v == "complementary"
            });
        let dropped = RAW_TEXT.contains(&tag.as_str())
            || BOILERPLATE_TAGS.contains(&tag.as_str())
            || hint
            || attrs.iter().any(|(k, _)| k == "hidden");
        let depth = nodes[cur].depth + 1;
        nodes.push(Node {
            depth,
            tag: tag.clone(),
            attrs,
            parent: Some(cur),
            children: vec![],
            dropped,
        });
        nodes[cur].children.push(Child::Element(id));
        let self_closing = html[..tag_end].ends_with('/');
        i = tag_end + 1;
        if RAW_TEXT.contains(&tag.as_str()) {
            let close = format!("</{tag}");
            let end = find_ci(&html[i..], &close).map_or(b.len(), |e| i + e);
            if tag == "script" {
                nodes[id]
                    .children
                    .push(Child::Text(html[i..end].to_string()));
            }
            i = html[end..].find('>').map_or(b.len(), |e| end + e + 1);
        } else if !VOID.contains(&tag.as_str()) && !self_closing && depth < MAX_DEPTH {
            // Past MAX_DEPTH an element stays a leaf and its content goes to the parent,
            // so no walk over the tree can run out of stack.
            cur = id;
        }
        text_start = i;
    }
    flush(&mut nodes, cur, text_start, b.len().min(html.len()));
    nodes
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len()) + 1)
        .find(|&k| h.len() >= k + n.len() && h[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// The `>` ending a tag, skipping quoted attribute values.
fn find_tag_end(html: &str, from: usize) -> Option<usize> {
    let b = html.as_bytes();
    let mut quote = 0u8;
    for (k, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (0, b'"') | (0, b'\'') => quote = c,
            (0, b'>') => return Some(k),
            (q, c) if q == c => quote = 0,
            _ => {}
        }
    }
    None
}

fn parse_attrs(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if ks == i {
            i += 1;
            continue;
        }
        let key = s[ks..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut val = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = s[vs..]
                    .bytes()
                    .position(|c| c == q)
                    .map_or(b.len(), |e| vs + e);
                val = decode_entities(&s[vs..ve]);
                i = ve + 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                val = decode_entities(&s[vs..i]);
            }
        }
        out.push((key, val));
    }
    out
}

/// Decodes the common named entities and all numeric ones.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let (name, tail) = match end {
            Some(e) if rest[e..].starts_with(';') => (&rest[1..e], &rest[e + 1..]),
            _ => {
                out.push('&');
                rest = &rest[1..];
                continue;
            }
        };
        let ch = if let Some(num) = name.strip_prefix('#') {
            let v = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse().ok()
            };
            v.and_then(char::from_u32).map(|c| c.to_string())
        } else {
            named_entity(name).map(str::to_string)
        };
        match ch {
            Some(c) => {
                out.push_str(&c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "ndash" => "\u{2013}",
        "mdash" => "\u{2014}",
        "lsquo" => "\u{2018}",
        "rsquo" => "\u{2019}",
        "ldquo" => "\u{201c}",
        "rdquo" => "\u{201d}",
        "hellip" => "\u{2026}",
        "laquo" => "\u{ab}",
        "raquo" => "\u{bb}",
        "eacute" => "\u{e9}",
        "egrave" => "\u{e8}",
        "aacute" => "\u{e1}",
        "oacute" => "\u{f3}",
        "uuml" => "\u{fc}",
        "ouml" => "\u{f6}",
        "auml" => "\u{e4}",
        "ccedil" => "\u{e7}",
        "copy" => "\u{a9}",
        _ => return None,
    })
}

fn attr<'a>(n: &'a Node, key: &str) -> Option<&'a str> {
    n.attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn metadata(nodes: &[Node], art: &mut HtmlArticle) {
    let mut published: Option<Published> = None;
    let mut time_el: Option<Published> = None;
    for n in nodes {
        match n.tag.as_str() {
            "meta" => {
                let key = attr(n, "property")
                    .or_else(|| attr(n, "name"))
                    .or_else(|| attr(n, "itemprop"));
                let content = attr(n, "content").map(str::trim).filter(|c| !c.is_empty());
                let (Some(key), Some(content)) = (key, content) else {
                    continue;
                };
                match key.to_ascii_lowercase().as_str() {
                    "article:published_time"
                    | "datepublished"
                    | "pubdate"
                    | "og:article:published_time"
                    | "dc.date.issued"
                    | "date"
                        if published.is_none() =>
                    {
                        published = parse_timestamp(content);
                    }
                    "og:site_name" => art.outlet = Some(content.to_string()),
                    "og:title" | "twitter:title" if art.title.is_none() => {
                        art.title = Some(collapse_ws(content));
                    }
                    "og:url" if art.url.is_none() => art.url = Some(content.to_string()),
                    _ => {}
                }
            }
            "link" if attr(n, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if let Some(h) = attr(n, "href") {
                    art.url = Some(h.to_string());
                }
            }
            "script"
                if published.is_none()
                    && attr(n, "type").is_some_and(|t| t.contains("ld+json")) =>
            {
                if let Some(Child::Text(js)) = n.children.first() {
                    published = json_ld_date(js);
                }
            }
            "time" if time_el.is_none() => {
                time_el = attr(n, "datetime").and_then(parse_timestamp);
            }
            _ => {}
        }
    }
    art.published = published.or(time_el);
}

fn json_ld_date(js: &str) -> Option<Published> {
    let v: serde_json::Value = serde_json::from_str(js.trim()).ok()?;
    fn find(v: &serde_json::Value) -> Option<&str> {
        match v {
            serde_json::Value::Object(m) => m
                .get("datePublished")
                .and_then(|d| d.as_str())
                .or_else(|| m.values().find_map(find)),
            serde_json::Value::Array(a) => a.iter().find_map(find),
            _ => None,
        }
    }
    parse_timestamp(find(&v)?)
}

/// For every node: whether it or an ancestor is dropped. Nodes are created in pre-order
/// (a parent's index is below its children's), so one forward pass does it.
fn dead_nodes(nodes: &[Node]) -> Vec<bool> {
    let mut dead = vec![false; nodes.len()];
    for k in 0..nodes.len() {
        dead[k] = nodes[k].dropped || nodes[k].parent.is_some_and(|p| dead[p]);
    }
    dead
}

/// The element holding the story.
fn main_content(nodes: &[Node]) -> usize {
    let dead = dead_nodes(nodes);
    // Text length of each live <p>, computed once.
    let mut p_len = vec![0usize; nodes.len()];
    for (k, n) in nodes.iter().enumerate() {
        if n.tag == "p" && !dead[k] {
            p_len[k] = text_of(nodes, k).len();
        }
    }
    // Paragraph text under each node (a <p> counts once, not its nested <p>s again), by a
    // reverse pass adding each node's total into its parent.
    let mut under = p_len.clone();
    for k in (1..nodes.len()).rev() {
        if let Some(p) = nodes[k].parent {
            if nodes[p].tag != "p" {
                under[p] += under[k];
            }
        }
    }
    let explicit = |n: &Node| {
        n.tag == "article"
            || n.tag == "main"
            || attr(n, "itemprop") == Some("articleBody")
            || attr(n, "role") == Some("main")
    };
    let best = (0..nodes.len())
        .filter(|&k| !dead[k] && explicit(&nodes[k]) && under[k] > 0)
        .max_by_key(|&k| (under[k], std::cmp::Reverse(k)));
    if let Some(k) = best {
        return k;
    }
    // The element whose direct <p> children hold the most text; the first on ties; the
    // whole page when there are no paragraphs.
    let mut direct = vec![0usize; nodes.len()];
    for (k, n) in nodes.iter().enumerate() {
        if p_len[k] > 0 {
            if let Some(p) = n.parent {
                direct[p] += p_len[k];
            }
        }
    }
    match (0..nodes.len()).max_by_key(|&k| (direct[k], std::cmp::Reverse(k))) {
        Some(k) if direct[k] > 0 => k,
        _ => 0,
    }
}

fn text_of(nodes: &[Node], k: usize) -> String {
    let mut out = String::new();
    fn walk(nodes: &[Node], k: usize, out: &mut String) {
        for c in &nodes[k].children {
            match c {
                Child::Text(t) => out.push_str(t),
                Child::Element(e) => {
                    let n = &nodes[*e];
                    if n.dropped {
                        continue;
                    }
                    if n.tag == "br" {
                        out.push(' ');
                    }
                    walk(nodes, *e, out);
                }
            }
        }
    }
    walk(nodes, k, &mut out);
    collapse_ws(&out)
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const BLOCKS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "h1",
];

fn collect_blocks(nodes: &[Node], k: usize, out: &mut Vec<(bool, String)>) {
    let n = &nodes[k];
    if n.dropped {
        return;
    }
    let tag = n.tag.as_str();
    let has_block_child = n.children.iter().any(|c| {
        matches!(c, Child::Element(e) if BLOCKS.contains(&nodes[*e].tag.as_str()) || nodes[*e].tag == "div")
    });
    if BLOCKS.contains(&tag) && !has_block_child {
        let t = text_of(nodes, k);
        if !t.is_empty() {
            out.push((tag.starts_with('h'), t));
        }
        return;
    }
    // Loose text directly inside a container (a `<div>` of text) is a paragraph too.
    let mut loose = String::new();
    for c in &n.children {
        match c {
            Child::Text(t) => loose.push_str(t),
            Child::Element(e) => {
                let inline = !BLOCKS.contains(&nodes[*e].tag.as_str())
                    && !matches!(
                        nodes[*e].tag.as_str(),
                        "div"
                            | "section"
                            | "article"
                            | "ul"
                            | "ol"
                            | "table"
                            | "main"
                            | "body"
                            | "html"
                    );
                if inline {
                    if !nodes[*e].dropped {
                        loose.push_str(&text_of(nodes, *e));
                        loose.push(' ');
                    }
                    continue;
                }
                let t = collapse_ws(&loose);
                if !t.is_empty() && k != 0 && tag != "html" && tag != "head" {
                    out.push((false, t));
                }
                loose.clear();
                collect_blocks(nodes, *e, out);
            }
        }
    }
    let t = collapse_ws(&loose);
    if !t.is_empty() && !matches!(tag, "#root" | "html" | "head" | "body" | "title") {
        out.push((false, t));
    }
}

fn first_text_of(nodes: &[Node], tag: &str) -> Option<String> {
    let dead = dead_nodes(nodes);
    nodes
        .iter()
        .enumerate()
        .find(|(k, n)| n.tag == tag && !(tag != "title" && dead[*k]))
        .map(|(k, _)| text_of(nodes, k))
        .filter(|t| !t.is_empty())
}

fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some(p) = title.rfind(sep) {
            let tail = &title[p + sep.len()..];
            if outlet.is_some_and(|o| tail.eq_ignore_ascii_case(o))
                || tail.split_whitespace().count() <= 3
            {
                return title[..p].to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head>
<title>Talks end in Geneva | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2022-01-21T16:55:00+03:00">
<link rel="canonical" href="https://news.example/talks">
<script>var x = "<p>not text</p>";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
<article>
<h1>Talks end in Geneva</h1>
<p>The two ministers met on Friday &amp; agreed to talk again.</p>
<!-- <p>a comment</p> -->
<h2>Next Steps</h2>
<p>A written response is expected <b>next week</b>.<br>Officials said so.</p>
<div class="related-stories"><p>Read also: something else</p></div>
</article>
<footer><p>Copyright Example</p></footer>
</body></html>"#;

    #[test]
    fn main_content_excludes_navigation_scripts_comments_and_related_links() {
        let a = read_html(PAGE);
        assert_eq!(a.title.as_deref(), Some("Talks end in Geneva"));
        assert_eq!(a.outlet.as_deref(), Some("Example Wire"));
        assert_eq!(a.url.as_deref(), Some("https://news.example/talks"));
        assert_eq!(
            a.published.map(|p| p.iso()).as_deref(),
            Some("2022-01-21T13:55:00Z")
        );
        let texts: Vec<_> = a.blocks.iter().map(|(h, t)| format!("{h}:{t}")).collect();
        assert_eq!(
            texts,
            [
                "false:The two ministers met on Friday & agreed to talk again.",
                "true:Next Steps",
                "false:A written response is expected next week. Officials said so.",
            ]
        );
    }

    #[test]
    fn json_ld_and_time_element_give_the_date_when_meta_is_missing() {
        let a = read_html(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-10"}</script></head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(a.published.map(|p| p.iso()).as_deref(), Some("2023-03-10"));
        let a =
            read_html(r#"<p><time datetime="2023-04-14T08:00:00Z">Friday</time></p><p>Body.</p>"#);
        assert_eq!(
            a.published.map(|p| p.iso()).as_deref(),
            Some("2023-04-14T08:00:00Z")
        );
    }

    #[test]
    fn page_without_paragraphs_keeps_its_text() {
        let a = read_html("<html><body><div>The ministers met in Geneva on Friday.<br>They agreed to talk again.</div><div><span>Share</span></div></body></html>");
        let text: Vec<_> = a.blocks.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            text.iter()
                .any(|t| t.contains("The ministers met in Geneva")),
            "{text:?}"
        );
    }

    #[test]
    fn unclosed_quote_in_a_tag_does_not_leak_markup() {
        let a = read_html(
            r#"<p>First para.</p><p>Second <a href="x>link</a> para.</p><p>Third para.</p>"#,
        );
        for (_, t) in &a.blocks {
            assert!(!t.contains("</p>"), "{t}");
        }
        assert!(
            a.blocks.iter().any(|(_, t)| t == "Third para."),
            "{:?}",
            a.blocks
        );
    }

    #[test]
    fn deeply_nested_unclosed_markup_keeps_every_paragraph() {
        // 20,000 unclosed <article>s: once quadratic (a minute) and deep enough to overflow
        // a recursive walk; nesting is now capped at MAX_DEPTH.
        let page = "<article><p>Text here.</p>".repeat(20_000);
        let a = read_html(&page);
        assert_eq!(a.blocks.len(), 20_000);
        let divs = format!("{}<p>Deep.</p>", "<div>".repeat(100_000));
        assert_eq!(read_html(&divs).blocks.len(), 1);
    }

    #[test]
    fn entities_decode_and_unknown_ones_stay() {
        assert_eq!(
            decode_entities("a &amp; b &#8217; &#x201C; &bogus; & c"),
            "a & b \u{2019} \u{201c} &bogus; & c"
        );
    }
}
