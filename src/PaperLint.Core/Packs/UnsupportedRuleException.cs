namespace PaperLint.Core.Packs;

/// <summary>
/// A well-formed rule file that uses a Vale kind, key or scope PaperLint does not implement. Unlike a malformed file,
/// it does not stop the run: the pack loads without that rule and the message (file:line: what) is shown as a
/// warning, unless <c>--strict</c> asks for the run to stop.
/// </summary>
internal sealed class UnsupportedRuleException(string message) : Exception(message);
