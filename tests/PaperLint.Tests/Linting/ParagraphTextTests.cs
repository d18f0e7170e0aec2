using PaperLint.Core.Linting;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A paragraph's text as the key of an editor's memory (<see cref="ParagraphText"/>): hashed once per block, and equal
/// only to the same text, whatever the hashes say.
/// </summary>
public sealed class ParagraphTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("A paragraph of a paper.")]
    [InlineData("Ein Absatz mit Umlauten: \u00E4\u00F6\u00FC, and an emoji \uD83D\uDE00.")]
    public void A_blocks_key_is_its_text_hashed_as_any_copy_of_it_is(string text)
    {
        var block = new Block(BlockKind.Paragraph, text);
        var copy = new string(text.AsSpan());

        Assert.Equal(ParagraphText.Of(copy), block.TextKey);
        Assert.Equal(ParagraphText.Of(copy).GetHashCode(), block.TextKey.GetHashCode());
        Assert.Equal(block.TextKey, block.TextKey);
        Assert.Same(text, block.TextKey.Text);
    }

    [Fact]
    public void Two_texts_whose_hashes_collide_are_two_keys_with_two_answers()
    {
        var first = new ParagraphText("the first paragraph", 42);
        var second = new ParagraphText("the second paragraph", 42);
        Assert.NotEqual(first, second);

        var memo = new LintMemory.Memo<ParagraphText, string>(EqualityComparer<ParagraphText>.Default);
        Assert.Equal("the first paragraph!", memo.Get(first, "!", static (key, mark) => key.Text + mark));
        Assert.Equal("the second paragraph!", memo.Get(second, "!", static (key, mark) => key.Text + mark));
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void A_text_asked_about_again_in_the_next_lint_is_recalled_by_an_equal_key_of_a_new_block()
    {
        var memo = new LintMemory.Memo<ParagraphText, object>(EqualityComparer<ParagraphText>.Default);
        var answer = memo.Get(new Block(BlockKind.Paragraph, "Words of a paragraph.").TextKey, 0, static (_, _) => new object());
        memo.Turn();

        var again = memo.Get(new Block(BlockKind.Paragraph, string.Concat("Words of ", "a paragraph.")).TextKey, 0, static (_, _) => new object());
        Assert.Same(answer, again);
        Assert.Equal(1, memo.Recalled);
    }
}
