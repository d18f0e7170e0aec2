using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>Speech is not a quotation from a source: tagged speech, and in a narrative every turn of its dialogue.</summary>
public sealed class DialogueTests
{
    private static readonly MissingCitation Rule = new();

    [Fact]
    public void Speech_with_a_tag_needs_no_citation()
    {
        Valid(
            Rule,
            "# Interviews\n\n\"I walked to the mill every morning before the bell had rung,\" she said, and laughed.\n\nSmith (2001) studied such mills.\n\n# References\n\nSmith, J. (2001). *Mills*. Oxford University Press.",
            "# Interviews\n\nAfter a pause he said, \"We were never told why the second shift had been cancelled that winter.\"\n\n# References\n\nSmith, J. (2001). *Mills*. Oxford University Press.",
            "# Interviews\n\n\"We kept the lamps lit in the long room until the last train came in,\" replied the stationmaster.",
            "# Entretiens\n\n« Nous rentrerons au port bien avant que la nuit ne tombe sur la ville », dit-il enfin.");
    }

    [Fact]
    public void A_source_named_before_its_words_is_still_a_quotation()
    {
        Invalid(
            Rule,
            InCitingPaper("# Reading\n\nSmith said, \"the reading public grew faster than the schools could ever teach it to read\" and moved on."),
            new Expected("\"the reading public grew faster than", Line: 3, Column: 13));
    }

    [Fact]
    public void In_a_narrative_every_turn_of_the_dialogue_and_every_saying_is_the_narrators()
    {
        Valid(
            Rule,
            """
            # Chapter One

            "The boat will not wait for us past the turn of the tide," said my uncle, folding the map.

            "Then we must leave before the others have finished their breakfast," I answered.

            "Nobody in this house has ever finished a breakfast on time," he said with a smile.

            "I will wake the boy and carry the lamps down to the landing myself," she said.

            "Take the short path behind the church and not the road along the shore," he cried after her.

            "And what if the fog comes down before we reach the second lighthouse on the point?"

            It was, as the old saying went, "a poor sailor who blames the sea for the shape of his boat and the weather."
            """);
    }

    [Fact]
    public void Tagged_speech_in_a_paper_that_cites_leaves_its_other_quotations_to_be_cited()
    {
        Invalid(
            Rule,
            "# Findings\n\nSmith (2001) explains the closures.\n\n\"We were never told why the second shift had been cancelled,\" he said.\n\n\"We were never told why the second shift had been cancelled,\" she said.\n\n\"We were never told why the second shift had been cancelled,\" they said.\n\n\"We were never told why the second shift had been cancelled,\" I said.\n\n\"We were never told why the second shift had been cancelled,\" we said.\n\n\"The mills closed because the orders from the colonies stopped arriving after the war.\"\n\nThe workers saw it otherwise.\n\n" + CitedQuotations + "\n\n# References\n\nSmith, J. (2001). *Mills*. Oxford University Press.",
            new Expected("\"The mills closed because the orders"));
    }
}
