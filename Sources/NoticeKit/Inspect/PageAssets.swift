/// The annotated page's style and script, inline so the page is one file that opens offline.
enum PageAssets {
    /// Each kind's color pair: a strong one for borders and labels, a light one for the highlight.
    static let colors: [(PageElement.Kind, strong: String, light: String)] = [
        (.title, "#9a6700", "#fff1c2"),
        (.number, "#bf3989", "#ffe0f0"),
        (.issuer, "#0969da", "#dbeafe"),
        (.recipient, "#8250df", "#ede4ff"),
        (.heading, "#1a7f37", "#d5f5dc"),
        (.date, "#bc4c00", "#ffe3cc"),
        (.phone, "#0e7490", "#cff4fc"),
        (.email, "#0f766e", "#ccfbef"),
        (.damage, "#cf222e", "#ffd8d8"),
        (.diagnostic, "#b35900", "#fff8c5"),
    ]

    static var css: String {
        let kinds = colors.map { kind, strong, light in
            ".k-\(kind.rawValue) { --strong: \(strong); --light: \(light); }"
        }.joined(separator: "\n")
        return kinds + "\n" + layout
    }

    private static let layout = """
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f8fa; color: #1f2328; font: 15px/1.6 "Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", sans-serif; }
        header { padding: 12px 20px 10px; background: #fff; border-bottom: 1px solid #d0d7de; }
        header h1 { margin: 0 0 2px; font-size: 20px; }
        header .source { color: #59636e; font-size: 13px; word-break: break-all; }
        .legend { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; }
        .legend .swatch { margin-right: 4px; }
        .hint { color: #59636e; font-size: 12px; margin-top: 6px; }
        main { display: grid; grid-template-columns: minmax(0, 7fr) minmax(0, 4fr); gap: 18px; padding: 16px 20px; align-items: start; }
        .text { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 20px; font-size: 15px; line-height: 1.95; }
        .text p { margin: 0 0 3px; white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1em; }
        .mk { background: var(--light); border-bottom: 2px solid var(--strong); border-radius: 2px; color: inherit; padding: 1px 0; }
        .mk[data-label]::before { content: attr(data-label); font: 600 9px/1 sans-serif; color: #fff; background: var(--strong); border-radius: 3px; padding: 1px 3px; margin-right: 2px; vertical-align: 4px; }
        mark.k-diagnostic { background: transparent; border-bottom: 2px dotted var(--strong); }
        del.mk { text-decoration: line-through 2px var(--strong); }
        ins.repair { text-decoration: none; background: #d5f5dc; color: #116329; border: 1px dashed #1a7f37; border-radius: 2px; padding: 0 2px; margin-left: 2px; }
        .text ins.repair::before { content: "→ "; font-family: sans-serif; }
        .record { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 14px 12px; font-size: 13px; line-height: 1.5; }
        .group h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #59636e; margin: 12px 0 4px; border-bottom: 1px solid #eaeef2; }
        .group .count { font-weight: normal; color: #8c959f; }
        .group ul { list-style: none; margin: 0; padding: 0; }
        .group ul.tree ul { padding-left: 18px; border-left: 1px solid #eaeef2; margin-left: 6px; }
        .group li { margin: 2px 0; }
        .field { display: inline; border-radius: 3px; padding: 1px 2px; cursor: pointer; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; background: var(--light); border: 2px solid var(--strong); vertical-align: -1px; }
        .key { color: #0550ae; font-weight: 600; margin-right: 2px; }
        .aside { color: #59636e; }
        .canonical { color: #1a7f37; }
        .none { color: #8c959f; }
        .unplaced { opacity: .75; }
        .missing { color: #cf222e; font-size: 12px; }
        .severity { font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 3px; padding: 0 4px; color: #fff; background: #59636e; }
        .severity.error { background: #cf222e; }
        .severity.warning { background: #9a6700; }
        .severity.info { background: #0969da; }
        .hot { outline: 2px solid var(--strong); background: var(--strong); color: #fff; }
        .hot .aside, .hot .key, .hot .canonical, .hot .missing { color: #fff; }
        """

    /// Hovering anything with a `data-ref` lights up everything sharing it, in both columns; clicking scrolls
    /// the other column to it. Written without `<` or `&` so the script needs no escaping inside the page.
    static let script = """
        (function () {
          var lit = [];
          function light(ref) {
            lit.forEach(function (node) { node.classList.remove("hot"); });
            lit = ref ? Array.prototype.slice.call(document.querySelectorAll("[data-ref=\\"" + CSS.escape(ref) + "\\"]")) : [];
            lit.forEach(function (node) { node.classList.add("hot"); });
          }
          document.addEventListener("mouseover", function (event) {
            var node = event.target.closest("[data-ref]");
            light(node ? node.getAttribute("data-ref") : null);
          });
          document.addEventListener("click", function (event) {
            var node = event.target.closest("[data-ref]");
            if (!node) return;
            var side = node.closest(".text") ? ".record" : ".text";
            var other = document.querySelector(side + " [data-ref=\\"" + CSS.escape(node.getAttribute("data-ref")) + "\\"]");
            if (other) other.scrollIntoView({ block: "center", behavior: "smooth" });
          });
        })();
        """
}
