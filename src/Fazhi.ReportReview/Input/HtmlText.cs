using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Fazhi.ReportReview.Input;

/// <summary>Reads saved web pages through AngleSharp's HTML tokenizer, which decodes entities and knows comments,
/// attributes and the raw text of scripts and styles. AngleSharp's tree builder is left out on purpose: thousands of
/// unclosed &lt;div&gt; or &lt;li&gt; make its scope checks quadratic (64 KB of them take seconds), and a page's tree
/// takes many times the page in memory. One pass over the tokens keeps time linear and memory to the text.</summary>
static class HtmlText
{
    // AngleSharp resolves charset names once, on first use: without the code pages registered before, Big5 would
    // resolve to UTF-8 for the life of the process.
    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Elements dropped with everything in them.</summary>
    static readonly HashSet<string> Dropped = ["script", "style", "nav", "footer", "header", "noscript", "iframe"];

    /// <summary>Containers that older government sites mark by class or id as page chrome.</summary>
    static readonly HashSet<string> ChromeContainers = ["div", "ul", "table", "section", "aside", "p", "span"];

    /// <summary>How a word in the class or id of navigation, menus, breadcrumbs ("当前位置" is a position),
    /// sharing bars, footers, copyright lines, sidebars, toolbars and link lists begins: "top-nav", "navbar",
    /// "footer".</summary>
    static readonly string[] ChromeWords =
        ["nav", "menu", "breadcrumb", "crumb", "position", "share", "foot", "copyright", "sidebar", "toolbar", "links"];

    /// <summary>Elements whose start and end tags are line breaks.</summary>
    static readonly HashSet<string> Blocks = ["br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr"];

    /// <summary>The page's text, block elements as line breaks, table rows as lines of cells separated by tabs;
    /// scripts, styles, comments, navigation and footers dropped.</summary>
    public static string Of(string html)
    {
        var tokenizer = Tokenizer(html);
        var text = new StringBuilder(html.Length / 2);
        var tables = new TableWriter(text);
        string? skipped = null; // the element being dropped, with how many elements of its name are open
        var depth = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    tokenizer.State = ContentOf(token.Name);
                    if (skipped is null && IsDropped(token.AsTag())) skipped = token.Name;
                    if (token.Name == skipped) depth++;
                    else if (skipped is null && !tables.Start(token.AsTag()) && Blocks.Contains(token.Name))
                        text.Append(tables.InCell ? ' ' : '\n');
                    break;
                case HtmlTokenType.EndTag:
                    if (token.Name == skipped && --depth == 0) skipped = null;
                    else if (skipped is null && !tables.End(token.Name) && Blocks.Contains(token.Name))
                        text.Append(tables.InCell ? ' ' : '\n');
                    break;
                case HtmlTokenType.Character when skipped is null:
                    text.Append(token.Data);
                    break;
            }
        }
        tables.EndAll();
        return TrimmedLines(text.ToString());
    }

    /// <summary>The lines trimmed of spaces and the blank ones left out, without an array of them (a page of 20 MB
    /// can hold millions of empty lines). Tabs stay: a row may begin with an empty cell.</summary>
    static string TrimmedLines(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim(" \r\u00a0\u3000").TrimEnd('\t');
            if (line.Trim('\t').IsEmpty) continue;
            if (result.Length > 0) result.Append('\n');
            result.Append(line);
        }
        return result.ToString();
    }

    /// <summary>The encoding a page declares in a &lt;meta&gt; charset or http-equiv Content-Type, if any.</summary>
    public static Encoding? DeclaredEncoding(string html)
    {
        var tokenizer = Tokenizer(html);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            tokenizer.State = ContentOf(token.Name);
            if (token.Name != "meta") continue;
            var meta = token.AsTag();
            var charset = meta.GetAttribute("charset");
            if (charset.Length > 0 && TextEncoding.IsSupported(charset)) return TextEncoding.Resolve(charset);
            if (meta.GetAttribute("http-equiv").Equals("content-type", StringComparison.OrdinalIgnoreCase)
                && TextEncoding.Parse(meta.GetAttribute("content")) is { } declared) return declared;
        }
        return null;
    }

    static HtmlTokenizer Tokenizer(string html) => new(new TextSource(html), HtmlEntityProvider.Resolver)
    {
        // Only the attributes read here are kept; the others would be copied out for nothing, a million on one tag.
        ShouldEmitAttribute = (ref _, name) =>
            name.Span is "class" or "id" or "charset" or "http-equiv" or "content" or "colspan" or "rowspan",
    };

    /// <summary>How the tokenizer reads an element's content, as the HTML tree builder would tell it: the text of
    /// scripts, styles and frames is not markup, a title's is text with entities.</summary>
    static HtmlParseMode ContentOf(string element) => element switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };

    static bool IsDropped(HtmlTagToken tag) =>
        Dropped.Contains(tag.Name)
        || ChromeContainers.Contains(tag.Name)
            && (MarksChrome(tag.GetAttribute("class")) || MarksChrome(tag.GetAttribute("id")));

    /// <summary>Whether a word of the value (letters, digits and underscores) begins as a chrome word.</summary>
    static bool MarksChrome(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsWordChar(value[i]) || i > 0 && IsWordChar(value[i - 1])) continue;
            foreach (var word in ChromeWords)
                if (value.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
