#!/usr/bin/env bash
# Compiles rules/**/*.yml into src/PaperLint.Core/Packs/CompiledRules.Data.g.cs, from which the tool builds its
# shipped rules without parsing YAML at start-up. Run it after changing a shipped rule file; a test fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
test=ShippedPackTests.The_rules_compiled_into_the_tool_are_the_rule_files
# The test writes the file when asked to; run again, it checks that the tool built from it has the same rules.
PAPERLINT_WRITE_COMPILED_RULES=1 dotnet test tests/PaperLint.Tests -nologo -v quiet --filter "FullyQualifiedName~$test" >/dev/null
dotnet test tests/PaperLint.Tests -nologo -v quiet --filter "FullyQualifiedName~$test" >/dev/null
echo "compiled rules: src/PaperLint.Core/Packs/CompiledRules.Data.g.cs is up to date with rules/"
