using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Linting;

/// <summary>
/// An editor's server lints each version of a document with what the lint of the last one kept (<see cref="LintMemory"/>):
/// over a writer's edits, every version's findings are those of a lint without a memory, and the memory is used.
/// </summary>
public sealed class LintMemoryTests
{
    // Edits a writer makes between two lints: words typed and taken away, quotation marks, emphasis, a reference
    // entry, a citation, a note marker, a link and its definition, a paragraph split, joined or repeated, a heading.
    private static readonly Func<string, Random, string>[] Edits =
    [
        (text, random) => Insert(text, random, "the "),
        (text, random) => Insert(text, random, "lead by "),
        (text, random) => Insert(text, random, "\u201Cquoted words of another writer here\u201D "),
        (text, random) => Insert(text, random, "\""),
        (text, random) => Insert(text, random, "*Title of a Book* "),
        (text, random) => Insert(text, random, "(Smiles, 1859) "),
        (text, random) => Insert(text, random, "[^1] "),
        (text, random) => Insert(text, random, "[a site][site] "),
        (text, random) => Insert(text, random, "\n\n[site]: https://example.org/site\n\n"),
        (text, random) => Insert(text, random, "\n\n"),
        (text, random) => Insert(text, random, "\n\nSmith, J., & Jones, K. (2010). A title of theirs. Press.\n\n"),
        (text, random) => Insert(text, random, "\n\n\u2014\u2014\u2014. 2011. Another title of theirs. London: Press.\n\n"),
        (text, random) => Insert(text, random, "Rogovin (2009) and *Middlemarch* (1871) "),
        (text, random) => Insert(text, random, "\n\n## A heading\n\n"),
        (text, random) => Insert(text, random, "Zizek and \u017Di\u017Eek, e-mail and email "),
        (text, random) => Insert(text, random, "on 6 November 1918, or November 6, 1918, in in the the year "),
        (text, random) => Insert(text, random, "Der Text ist auf Deutsch und nicht auf Englisch geschrieben, aber er ist kurz. "),
        (text, random) => Remove(text, random, 1),
        (text, random) => Remove(text, random, 12),
        (text, random) => RepeatParagraph(text, random),
    ];

    [Theory]
    [InlineData("paper.md")]
    [InlineData("citations.md")]
    [InlineData("consistency.md")]
    [InlineData("notes.md")]
    [InlineData("consistency.txt")]
    public void Every_version_of_an_edited_document_has_the_findings_of_a_lint_without_memory(string sample)
    {
        string path = Path.Combine(RepoPaths.Samples, sample);
        string text = File.ReadAllText(path);
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        var random = new Random(sample.Length);
        int recalled = 0;
        for (int version = 0; version < 25; version++)
        {
            var withMemory = Linter.Lint(Load(text, path), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(text, path), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            recalled += memory.Marks.Recalled + memory.LanguageScores.Recalled + memory.Entries.Recalled + memory.Owned.Recalled + memory.Matches.Recalled + memory.ReferenceEntries.Recalled + memory.Citations.Recalled;
            text = Edits[random.Next(Edits.Length)](text, random);
        }

        // The memory was used: the paragraphs an edit left alone were answered from it.
        Assert.True(memory.Marks.Recalled > 0 && memory.LanguageScores.Recalled > 0 && memory.Owned.Recalled > 0 && memory.Matches.Recalled > 0, "nothing was recalled");
        Assert.True(recalled > 0);
    }

    [Fact]
    public void Variants_counts_the_paragraphs_an_edit_changed_and_finds_what_a_lint_without_memory_finds()
    {
        // Paragraphs that write words two ways: a name with and without its diacritics, a compound hyphenated, closed and
        // open (before a noun and not), a singular and a plural possessive, a repeated paragraph, and one in French.
        string[] pool =
        [
            "\u017Di\u017Eek argues that the fantasy frames desire, and the decision-making process follows it closely.",
            "Zizek wrote again about the subject, sending an e-mail to the editors of the journal on a Monday.",
            "An email came back from the editors; decision making is slow in a journal of this kind, they said.",
            "The decision making process of the board was the subject of the workers' state debate in the union.",
            "The worker's state is a phrase the pamphlets of the union use, and the na\u00EFve reader takes it literally.",
            "A naive reader of the pamphlets would not see the e-mail thread behind the decision-making of the board.",
            "Le texte est diff\u00E9rent en fran\u00E7ais, et le r\u00E9sum\u00E9 de la r\u00E9union est long et d\u00E9taill\u00E9 pour les lecteurs.",
            "The text is different in English, and the summary of the meeting is long for the readers of the journal.",
            "Plain paragraph about the archive, the letters kept there, and the catalogue that lists them by year.",
            "Another plain paragraph: the letters were read again, and the catalogue was found to be complete.",
        ];
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var variants = (Core.Rules.Consistency.Variants)plan.Rules.Single(r => r.Rule.Id == "Consistency.Variants").Rule;
        var memory = new LintMemory(plan);
        var random = new Random(7);
        // A paragraph an edit writes ends with a word of its own, which the count holds until the paragraph is gone.
        var paragraphs = Enumerable.Range(0, 40).Select(i => pool[random.Next(pool.Length)]).ToList();
        int reported = 0;
        for (int version = 0; version < 40; version++)
        {
            string text = string.Join("\n\n", paragraphs) + "\n";
            var withMemory = Linter.Lint(Load(text, "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(text, "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            reported += withMemory.Count(f => f.RuleId == "Consistency.Variants");

            // The first version counts every paragraph it writes (the pool's ten at most); each later one, the paragraph
            // its edit wrote at most. The count holds each paragraph of the version once, and is what a count made
            // afresh of them would be.
            var (added, held) = variants.ParagraphsCounted(memory);
            Assert.True(version == 0 ? added > 1 && added <= pool.Length : added <= 1, $"version {version} counted {added} paragraphs");
            Assert.Equal(paragraphs.Distinct().Count(), held);
            Assert.Null(variants.CountDiffers(memory));

            int at = random.Next(paragraphs.Count);
            switch (random.Next(5))
            {
                case 0: paragraphs[at] = pool[random.Next(pool.Length)]; break;
                case 1: paragraphs.RemoveAt(at); break;
                case 2: paragraphs.Insert(at, paragraphs[random.Next(paragraphs.Count)]); break;
                case 3: paragraphs[at] = paragraphs[at].Replace("decision making", "decision-making", StringComparison.Ordinal).Replace("email", "e-mail", StringComparison.Ordinal); break;
                default: paragraphs[at] = paragraphs[at].Replace("-", " ", StringComparison.Ordinal).Replace("\u017D", "Z", StringComparison.Ordinal) + " Word " + new string((char)('a' + (version % 26)), 3 + (version / 26)) + "."; break;
            }
        }

        Assert.True(reported > 0, "no variant was reported");
    }

    [Fact]
    public void Variants_seeks_the_open_pairs_of_unchanged_paragraphs_again_when_the_paper_hyphenates_another_word()
    {
        // A compound written open is a variant only of one the paper also hyphenates: when a paragraph begins or stops
        // hyphenating it, the open pairs of the paragraphs the edit left alone are sought again.
        string open = "The council met often, and policy making was slow there, as the minutes of the year show.";
        string[] versions =
        [
            "",
            "In the end policy-making is what the council was for, and it was slow.",
            "",
            "Decision-making is another matter, and policy making was slower still.",
            "In the end policy-making is what the council was for, and it was slow.",
        ];
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        int reported = 0;
        foreach (string added in versions)
        {
            string text = string.Join("\n\n", Enumerable.Repeat(open, 3).Append("Other words of the minutes follow here.").Concat(Enumerable.Repeat(open, 3)).Append(added)) + "\n";
            var withMemory = Linter.Lint(Load(text, "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(text, "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            reported += withMemory.Count(f => f.RuleId == "Consistency.Variants" && f.Match.Contains("policy", StringComparison.Ordinal));
        }

        Assert.True(reported > 0, "no open pair was reported");
    }

    [Theory]
    [InlineData("Zizek wrote about it.", "*Zizek* wrote about it.")]
    [InlineData("*Zizek* wrote about it.", "Zizek wrote about it.")]
    public void A_paragraph_whose_text_is_kept_but_whose_counted_words_change_is_read_again(string before, string after)
    {
        // The paragraph's text is the same in both versions; the emphasis (a title, not counted) is not.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        string Version(string paragraph) => $"\u017Di\u017Eek wrote this.\n\n\u017Di\u017Eek again here.\n\n{paragraph}\n";
        Linter.Lint(Load(Version(before), "paper.md"), plan, null, 1, CancellationToken.None, memory);

        var withMemory = Linter.Lint(Load(Version(after), "paper.md"), plan, null, 1, CancellationToken.None, memory).Findings;
        var without = Linter.Lint(Load(Version(after), "paper.md"), plan, null, 1, CancellationToken.None).Findings;

        Assert.Equal(Shown(without), Shown(withMemory));
        Assert.True(memory.Owned.Recalled > 0);
        Assert.Equal(after.StartsWith('*') ? 0 : 1, withMemory.Count(f => f.RuleId == "Consistency.Variants" && f.Match == "Zizek"));
    }

    [Theory]
    [InlineData("paper.md")]
    [InlineData("citations.md")]
    [InlineData("notes.md")]
    [InlineData("consistency.md")]
    public void Every_version_of_an_edited_document_reads_with_its_kept_sections_as_without_them(string sample)
    {
        // Sections of about 300 characters, so that a sample has many: the trees of those an edit left alone are kept.
        string text = File.ReadAllText(Path.Combine(RepoPaths.Samples, sample));
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        var random = new Random(sample.Length);
        int moved = 0;
        Core.Model.Document? last = null;
        for (int version = 0; version < 25; version++)
        {
            var read = MarkdownReader.Parse(sample, text, 300, memory);
            Assert.Equal(Readers.DocumentShape.Of(MarkdownReader.Parse(sample, text, 300)), Readers.DocumentShape.Of(read));
            memory.Turn();
            moved += MovedFrom(last, read);
            last = read;
            text = Edits[random.Next(Edits.Length)](text, random);
        }

        Assert.True(memory.Trees.Recalled > 0, "no section's tree was kept");
        Assert.True(moved > 0, "no block was moved from the last version");
    }

    [Fact]
    public void Generated_papers_read_with_the_blocks_kept_from_their_last_version_as_without_them()
    {
        // The server keeps what each section's tree was built into and moves it to where the section stands after an edit
        // before it. Generated papers hold what a section's building asks of the rest of the source: notes written without
        // the colon (read as notes once a marker elsewhere points to them), markers on lines commented out with %, raised
        // numbers on author lines and affiliations (which the paragraphs before decide), note definitions, alt texts, lists.
        const string Head = "# Tides of the Northern Coast\n\nMaren Holt¹², Ivo de Wit² and Sara Quist¹\n\n¹ Coastal Institute, Bergen\n\n<sup>2</sup> Harbour Museum, Delft\n\n";
        var random = new Random(16);
        int moved = 0;
        for (int paper = 0; paper < 40; paper++)
        {
            string text = (paper % 2 == 0 ? Head : "") + Readers.MarkdownSectionsTests.GeneratedPaper(random);
            var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
            Core.Model.Document? last = null;
            for (int version = 0; version < 8; version++)
            {
                var read = MarkdownReader.Parse("paper.md", text, 300, memory);
                memory.Turn();
                Assert.True(
                    Readers.DocumentShape.Of(MarkdownReader.Parse("paper.md", text, 300)) == Readers.DocumentShape.Of(read),
                    $"paper {paper}, version {version} reads otherwise with its kept sections:\n{text}");
                moved += MovedFrom(last, read);
                last = read;
                text = version % 3 == 2 ? "A paragraph typed at the start.\n\n" + text : Edits[random.Next(Edits.Length)](text, random);
            }
        }

        Assert.True(moved > 0, "no block was moved from the last version");
    }

    [Fact]
    public void A_kept_section_is_built_again_when_what_it_asks_of_the_rest_of_the_text_changes()
    {
        // Sections of about 300 characters. What a section builds turns on the text before and after it: whether the body
        // has begun (a line of names with raised numbers is then no author line), whether a marker elsewhere makes its
        // "[^x] text" line a note, whether a line of LaTeX elsewhere makes its "%" line one switched off. Each version
        // changes one of these in another section and leaves this one's text, and so its tree, as it was.
        const string Short = "The river rose in the spring and the mill by the water closed for a season.\n\n";
        string Filler(int paragraphs) => string.Concat(Enumerable.Repeat(Short, paragraphs));
        string Long = string.Join(' ', Enumerable.Repeat("The records of the town say that the harbour was rebuilt twice.", 5)) + "\n\n";
        string Paper(string first, string body) =>
            "# Tides of the Northern Coast\n\nMaren Holt¹², Ivo de Wit²\n\n¹ Coastal Institute, Bergen\n\n" + first + Filler(3)
            + body + Filler(4)
            + "Lena Berg¹, Tom Ask²\n\n" + Filler(2) + "A sentence with a marker.[^2]\n% a line switched off.[^3]\n\n" + Filler(3)
            + "[^x] Hale, *Town Records*, p. 12.\n\n" + Filler(4)
            + "[^2]: A note.\n\n[^3]: Another note.\n\n" + Filler(4)
            + Filler(4);
        string[] versions =
        [
            Paper("", Long),
            Paper("A", Long),
            Paper("A", Short),
            Paper("A", Long),
            Paper("See the records.[^x]\n\n", Long),
            Paper("See the records.[^x]\n\n", Long) + "A paragraph typed at the end.\n",
            Paper("", Long),
            Paper("\\bigskip\n\n", Long),
            Paper("", Long),
            Paper("See the records.[^x]\n\n\\bigskip\n\n", Short),
        ];
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        int moved = 0;
        Core.Model.Document? last = null;
        foreach (string text in versions)
        {
            var read = MarkdownReader.Parse("paper.md", text, 300, memory);
            memory.Turn();
            Assert.Equal(Readers.DocumentShape.Of(MarkdownReader.Parse("paper.md", text, 300)), Readers.DocumentShape.Of(read));
            moved += MovedFrom(last, read);
            last = read;
        }

        Assert.True(moved > 0);
    }

    [Fact]
    public void A_letter_typed_at_the_start_of_a_long_text_builds_its_first_and_last_sections_again_and_moves_the_others()
    {
        // Four copies of the paper sample (notes, markers, citations, quotations, a references list) in sections of about
        // 300 characters: a letter typed at the start changes the first section; the last is always built again.
        string text = string.Concat(Enumerable.Repeat(File.ReadAllText(Path.Combine(RepoPaths.Samples, "paper.md")) + "\n\n", 4));
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        var first = MarkdownReader.Parse("paper.md", text, 300, memory);
        memory.Turn();
        var read = MarkdownReader.Parse("paper.md", "X" + text, 300, memory);

        Assert.Equal(Readers.DocumentShape.Of(MarkdownReader.Parse("paper.md", "X" + text, 300)), Readers.DocumentShape.Of(read));
        var texts = TextsOf(first);
        var sections = new Core.Readers.Markdown.MarkdownSections("X" + text, new Core.Readers.Markdown.LiteralFootnoteLabels("X" + text), MarkdownReader.ParseMarkdown, 300);
        _ = sections.Read().Count();
        var (firstEnd, lastStart) = (sections.Sections[0].End, sections.Sections[^1].Start);
        Assert.True(sections.Sections.Count > 20);
        // Each block of a middle section holds its text of the first version; each of the first and last its own.
        foreach (var block in read.Blocks)
        {
            int at = block.Map!.ToSource(0);
            Assert.Equal(at >= firstEnd && at < lastStart, texts.Contains(block.Text));
        }

        Assert.Equal(read.FootnoteRefs.Count, first.FootnoteRefs.Count);
    }

    [Fact]
    public void The_server_reads_a_long_markdown_text_with_its_memory()
    {
        string text = string.Concat(Enumerable.Repeat(File.ReadAllText(Path.Combine(RepoPaths.Samples, "paper.md")) + "\n\n", 12));
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        DocumentLoader.Load(text, "paper.md", DocxOptions.Default, memory);
        memory.Turn();
        var again = DocumentLoader.Load("A first paragraph.\n\n" + text, "paper.md", DocxOptions.Default, memory);

        Assert.True(text.Length > 2 * Core.Readers.Markdown.MarkdownSections.DefaultLength);
        Assert.True(memory.Trees.Recalled > 0);
        Assert.Equal(Readers.DocumentShape.Of(Load("A first paragraph.\n\n" + text, "paper.md")), Readers.DocumentShape.Of(again));
        Assert.Equal(Readers.DocumentShape.Of(Load(text, "paper.txt")), Readers.DocumentShape.Of(DocumentLoader.Load(text, "paper.txt", DocxOptions.Default, memory)));
    }

    [Fact]
    public void A_long_markdown_texts_code_citations_and_directives_are_those_of_a_reading_without_memory_after_each_edit()
    {
        // Code, raw HTML, addresses and link definitions (where no citation is read), citations, directives (outside code),
        // a heading: the facts each section's tree gives, which the memory keeps with the tree and moves where the section
        // stands after an edit before it.
        const string Piece = "A paragraph citing [@smith2010, p. 4] and @jones2011 says so.\n\n"
            + "`code with @notacite` and <span>@html</span> and <https://example.org/@x> and [a link](https://example.org/@y).\n\n"
            + "```\nfenced code @nocite\n<!-- paperlint-disable Typos.RepeatedWords -->\n```\n\n"
            + "<!-- paperlint-disable-next-line Typos.RepeatedWords -->\nthe the words, cited as @roe2001.\n\n"
            + "    indented code @z\n\n<div>\nan HTML block @w\n</div>\n\n# A heading naming @cite2020\n\n"
            + "A [link][ref] to a definition.\n\n";
        // One definition: a text that defines more than a few dozen is read whole (MarkdownSections).
        string text = string.Concat(Enumerable.Repeat(Piece, 150)) + "[ref]: https://example.org/@ref\n";
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        string[] versions =
        [
            text,
            "X" + text,
            "A new first line.\n\n" + text,
            text[..(text.Length / 2)] + "\n\nA paragraph in the middle with @mid2020 and `code`.\n\n" + text[(text.Length / 2)..],
            "```\ncode opened at the start\n```\n\n" + text,
            text,
        ];
        // Each piece: two code blocks (fenced, indented), five citations outside code (the words between two HTML tags and
        // the heading's among them), one directive outside code; the edits add a citation (the paragraph in the middle)
        // and a code block.
        (int CodeBlocks, int Citations, int Directives)[] expected = [(300, 750, 150), (300, 750, 150), (300, 750, 150), (300, 751, 150), (301, 750, 150), (300, 750, 150)];
        for (int i = 0; i < versions.Length; i++)
        {
            var read = DocumentLoader.Load(versions[i], "paper.md", DocxOptions.Default, memory);
            memory.Turn();
            Assert.Equal(expected[i], (read.CodeBlocks, read.KeyCitations.Count, read.Suppressions.Count));
            Assert.Equal(Readers.DocumentShape.Of(Load(versions[i], "paper.md")), Readers.DocumentShape.Of(read));
        }

        Assert.True(text.Length > 4 * Core.Readers.Markdown.MarkdownSections.DefaultLength);
        Assert.True(memory.Trees.Recalled > 0, "no section's tree was kept");
    }

    [Theory]
    [InlineData("Plain words, *emphasis*, a note.[^1]\n\n[^1]: The note.\n")]
    [InlineData("Lines ending\r\nas Windows ends them, \u00E9t\u00E9 and \u017Di\u017Eek.\r\n")]
    [InlineData("\uFEFFA byte order mark the editor kept.\n")]
    [InlineData("An emoji \U0001F600 is a pair of surrogates.\n")]
    [InlineData("A lone surrogate <D800> here, and a lone low one <DC00> there.\n")]
    [InlineData("A pair \U0001F600, then a lone high surrogate at the very end <D800>")]
    [InlineData("A pair \U0001D49C, then a low one before a high one <DC00><D800> and another pair \U0001F600.\n")]
    [InlineData("Two pairs \U0001F600\U0001D49C side by side, and a high one before a letter <D800>x.\n")]
    [InlineData("A NUL \0 near the start.\n")]
    [InlineData("PK\u0003\u0004 a zip archive's signature.\n")]
    [InlineData("")]
    public void An_editors_text_reads_as_its_UTF8_bytes_do(string written)
    {
        // A test's data cannot carry a lone surrogate (it is not valid text, and is replaced where the data is read): it is
        // written by its code.
        string text = written.Replace("<D800>", "\uD800", StringComparison.Ordinal).Replace("<DC00>", "\uDC00", StringComparison.Ordinal);
        foreach (string path in new[] { "paper.md", "paper.txt" })
        {
            var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
            Assert.Equal(
                Outcome(() => DocumentLoader.Load(Encoding.UTF8.GetBytes(text), path, DocxOptions.Default, memory)),
                Outcome(() => DocumentLoader.Load(text, path, DocxOptions.Default, memory)));
        }

        static string Outcome(Func<Core.Model.Document> read)
        {
            try
            {
                var document = read();
                return Readers.DocumentShape.Of(document) + "; source " + document.Source;
            }
            catch (InputException e)
            {
                return "refused: " + e.Message;
            }
        }
    }

    [Fact]
    public void A_memory_serves_the_plan_it_was_made_for_alone()
    {
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var other = RuleSet.Active(PaperLintConfig.Default, []);
        var document = Load("A paragraph.", "paper.md");

        Assert.Throws<ArgumentException>(() => Linter.Lint(document, other, null, 1, CancellationToken.None, new LintMemory(plan)));
    }

    [Fact]
    public void What_a_lint_did_not_ask_about_is_let_go_when_the_next_one_ends()
    {
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        Linter.Lint(Load("The first paragraph, as it was.\n\nThe second one.", "paper.md"), plan, null, 1, CancellationToken.None, memory);
        Linter.Lint(Load("The first paragraph, changed.\n\nThe second one.", "paper.md"), plan, null, 1, CancellationToken.None, memory);
        int afterSecond = memory.Marks.Recalled;
        Linter.Lint(Load("The first paragraph, as it was.\n\nThe second one.", "paper.md"), plan, null, 1, CancellationToken.None, memory);

        // The second paragraph was kept through both lints; the first one's first text was let go after the second lint.
        Assert.Equal(1, afterSecond);
        Assert.Equal(2, memory.Marks.Recalled);
    }

    [Fact]
    public void What_was_let_go_is_taken_out_of_the_memory_within_a_few_lints()
    {
        // A writer who keeps rewriting the first paragraph: each of its texts is let go after the next lint, and the memory
        // holds the texts of a few lints at most, not of every version the writer wrote.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        int most = 0;
        for (int version = 0; version < 40; version++)
        {
            Linter.Lint(Load($"The first paragraph, written for the {version}th time.\n\nThe second one.", "paper.md"), plan, null, 1, CancellationToken.None, memory);
            most = Math.Max(most, memory.Marks.Count);
        }

        Assert.InRange(most, 2, 12);
        Assert.Equal(39, memory.Marks.Recalled);
    }

    [SharedRealworldFact]
    public void The_real_world_papers_edited_have_the_findings_of_a_lint_without_memory()
    {
        string folder = Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, "md");
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        int papers = 0, recalled = 0;
        foreach (string path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            var memory = new LintMemory(plan);
            var random = new Random(papers++);
            for (int version = 0; version < 5; version++)
            {
                var withMemory = Linter.Lint(Load(text, path), plan, null, 2, CancellationToken.None, memory).Findings;
                var without = Linter.Lint(Load(text, path), plan, null, 1, CancellationToken.None).Findings;
                Assert.True(Shown(without).SequenceEqual(Shown(withMemory)), $"{Path.GetFileName(path)}, version {version}: the findings differ");
                text = Edits[random.Next(Edits.Length)](text, random);
            }

            recalled += memory.ReferenceEntries.Recalled + memory.Citations.Recalled;
        }

        Assert.True(papers >= 20, $"{papers} papers");
        Assert.True(recalled > 0, "no paper's entries or citations were recalled");
    }

    [Fact]
    public void A_kept_entry_that_repeats_the_authors_before_it_takes_those_of_the_version_linted()
    {
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        const string Dash = "\u2014\u2014\u2014. 1975. Year One of the Russian Revolution. London: Allen Lane.";
        string Entries(string first)
        {
            var context = LintContext.For(Load($"Text.\n\n# References\n\n{first}\n\n{Dash}\n", "paper.md"), plan.Settings, plan.Terms, memory);
            var entries = context.References!.Entries;
            memory.Turn();
            return string.Join(", ", entries[0].Authors) + " / " + string.Join(", ", entries[1].Authors);
        }

        Assert.Equal("Serge / Serge", Entries("Serge, Victor. 1951. Memoirs of a Revolutionary. Oxford: Oxford University Press."));
        int recalled = memory.ReferenceEntries.Recalled;
        Assert.Equal("Trotsky / Trotsky", Entries("Trotsky, Leon. 1951. My Life. New York: Scribner."));
        Assert.Equal("Trotsky / Trotsky", Entries("Trotsky, Leon. 1951. My Life. New York: Scribner."));

        // The dash's paragraph was kept through all three versions, and its entry read again only when the authors before it changed.
        Assert.Equal(0, recalled);
        Assert.Equal(3, memory.ReferenceEntries.Recalled);
    }

    [Fact]
    public void Kept_citations_are_read_again_when_the_italics_change_and_are_a_paragraphs_own()
    {
        var memory = new LintMemory(RuleSet.Active(PaperLintConfig.Default, []));
        IReadOnlyList<Core.Citations.Citation>[] Citations(string text)
        {
            var found = Core.Citations.DocumentAnalysis.FindCitations(Load(text, "paper.md"), null, memory);
            memory.Turn();
            return [.. found.Values];
        }

        // Italics make the name a title's word: "*Rogovin* (2009)" cites nothing. The text is the same all three times.
        Assert.Equal("Rogovin (2009)", Assert.Single(Assert.Single(Citations("Rogovin (2009) argued it."))).Display);
        Assert.Empty(Citations("*Rogovin* (2009) argued it."));
        Assert.Single(Assert.Single(Citations("Rogovin (2009) argued it.")));
        Assert.True(memory.Citations.Recalled >= 2);

        // Two paragraphs of the same text have citations of their own, as rules tell citations apart by reference.
        var twice = Citations("Rogovin (2009) argued it.\n\nRogovin (2009) argued it.");
        Assert.Equal(2, twice.Length);
        Assert.NotSame(twice[0][0], twice[1][0]);
        Assert.Equal(twice[0][0], twice[1][0]);
    }

    [Fact]
    public void Where_a_rules_exceptions_match_is_kept_for_that_rule_alone()
    {
        // Typos.LeadBy leaves "lead by example" alone, Typos.Confusables "could of course": each rule's exception ranges
        // are kept by the paragraph's text for that rule, never handed to the other.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        const string Text = "The team was lead by Smith, who would lead by example. They could of course go, and could of gone.\n";
        foreach (string version in new[] { Text, Text + "\nAnother paragraph.\n", Text, "A new first paragraph.\n\n" + Text })
        {
            var withMemory = Linter.Lint(Load(version, "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(version, "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            Assert.Equal("lead by", Assert.Single(withMemory, f => f.RuleId == "Typos.LeadBy").Match);
            Assert.Equal("could of", Assert.Single(withMemory, f => f.RuleId == "Typos.Confusables").Match);
        }

        Assert.True(memory.Owned.Recalled >= 6, $"recalled {memory.Owned.Recalled}");
    }

    [Fact]
    public void A_paragraphs_kept_dates_and_doubled_words_count_as_the_version_linted_says()
    {
        // The paragraph's text is the same in every version; in the second it is a quotation set off (a passage), whose
        // dates are the quoted writer's and do not count, while a doubled word in it is still a slip.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        const string Paragraph = "On 6 November 1918 the the strike began, and on 7 November 1918 it spread.";
        string Version(string paragraph) => $"It ended on November 11, 1918.\n\nThe talks began on November 20, 1918.\n\nThey failed on December 2, 1918.\n\n{paragraph}\n\nA last paragraph (Smith, 2001).\n";
        foreach (var (paragraph, dates) in new[] { (Paragraph, 2), ("> " + Paragraph, 0), (Paragraph, 2), ("> " + Paragraph, 0) })
        {
            var withMemory = Linter.Lint(Load(Version(paragraph), "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(Version(paragraph), "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            Assert.Equal(dates, withMemory.Count(f => f.RuleId == "Consistency.DateFormat"));
            Assert.Equal("the the", Assert.Single(withMemory, f => f.RuleId == "Typos.RepeatedWords").Match);
        }

        Assert.True(memory.Owned.Recalled >= 6, $"recalled {memory.Owned.Recalled}");
    }

    [Fact]
    public void A_paragraphs_kept_doubled_words_are_found_again_where_its_note_markers_move()
    {
        // The paragraph's text is "The the the end." in every version: a note marker between two copies parts them.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        foreach (var (version, doubled) in new[]
        {
            ("The the[^1] the end.\n\n[^1]: A note.\n", "The the"), ("The the the end.[^1]\n\n[^1]: A note.\n", "The the the"),
            ("The the the end.[^1]\n\n[^1]: A note.\n", "The the the"), ("The the[^1] the end.\n\n[^1]: A note.\n", "The the"),
            ("The[^1] the the end.\n\n[^1]: A note.\n", "the the"),
        })
        {
            var withMemory = Linter.Lint(Load(version, "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(version, "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            Assert.Equal(doubled, Assert.Single(withMemory, f => f.RuleId == "Typos.RepeatedWords").Match);
        }

        Assert.True(memory.Owned.Recalled >= 4, $"recalled {memory.Owned.Recalled}");
    }

    [Fact]
    public void The_title_index_is_made_again_only_when_a_title_of_the_list_changes()
    {
        // "Culture and Anarchy (1869)" names a title of the list with its year, and cites nobody called Anarchy; once the
        // entry's title is another, it is read as a citation again, of a source the list does not hold.
        var plan = RuleSet.Active(PaperLintConfig.Default, []);
        var memory = new LintMemory(plan);
        const string Culture = "Culture and Anarchy";
        string Version(string prose, string title) =>
            $"{prose} Arnold set it out in {Culture} (1869), as Serge (1951) does.\n\n# References\n\nSerge, Victor. 1951. Memoirs of a Revolutionary. Oxford: Oxford University Press.\n\nArnold, Matthew. 1869. {title}. London: Smith, Elder.\n";
        foreach (var (prose, title, made) in new[]
        {
            ("It began.", Culture, 1), ("It began in 1860.", Culture, 1), ("It began in 1860.", "Literature and Dogma", 2),
            ("It began.", "Literature and Dogma", 2), ("It began.", Culture, 3),
        })
        {
            var withMemory = Linter.Lint(Load(Version(prose, title), "paper.md"), plan, null, 2, CancellationToken.None, memory).Findings;
            var without = Linter.Lint(Load(Version(prose, title), "paper.md"), plan, null, 1, CancellationToken.None).Findings;
            Assert.Equal(Shown(without), Shown(withMemory));
            Assert.Equal(title != Culture, withMemory.Any(f => f.RuleId == "Attribution.UnknownSource" && f.Match == Culture + " (1869)"));
            Assert.Equal(made, memory.TitleIndex.Made);
        }
    }

    private static Core.Model.Document Load(string text, string path) =>
        DocumentLoader.Load(Encoding.UTF8.GetBytes(text), path, DocxOptions.Default);

    /// <summary>The blocks of <paramref name="read"/> moved from the version before it (none for the first version).</summary>
    private static int MovedFrom(Core.Model.Document? last, Core.Model.Document read)
    {
        if (last is null)
        {
            return 0;
        }

        var texts = TextsOf(last);
        return read.Blocks.Count(b => texts.Contains(b.Text));
    }

    /// <summary>
    /// A version's texts, as strings, not their letters: a block moved from the last version's kept section holds that
    /// version's very text; one built again, a text of its own.
    /// </summary>
    private static HashSet<object> TextsOf(Core.Model.Document document) =>
        document.Blocks.Select(b => (object)b.Text).ToHashSet(ReferenceEqualityComparer.Instance);

    private static List<string> Shown(IReadOnlyList<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} {f.Severity} {f.Location} [{f.Match}] {f.Message} => {string.Join(" | ", f.Suggestions)} fixable={f.Fixable}")];

    private static string Insert(string text, Random random, string words)
    {
        int at = random.Next(text.Length + 1);
        return text[..at] + words + text[at..];
    }

    private static string Remove(string text, Random random, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        int at = random.Next(text.Length - length);
        return text[..at] + text[(at + length)..];
    }

    private static string RepeatParagraph(string text, Random random)
    {
        var paragraphs = text.Split("\n\n");
        var paragraph = paragraphs[random.Next(paragraphs.Length)];
        return text + "\n\n" + paragraph;
    }
}
