#!/usr/bin/env python3
"""Times the language server as an editor meets it: one process, one document open, edits one after another.

    bench/lsp-edits.py [--edits N] [--pause MS] [--env NAME=VALUE ...] DOCUMENT -- COMMAND [ARGUMENT ...] [-- COMMAND ...]

COMMAND is the server to start, with its arguments: for the installed tool, `paperlint lsp --debounce 0`, so that what
is timed is the lint that follows a pause, not the pause itself. DOCUMENT (Markdown or text) is opened as the editor
opens it; each edit types a letter at its start or takes it away again (incremental sync), and is timed from the moment
it is sent to the moment the diagnostics of that version arrive; the next edit is sent at once, or after --pause
milliseconds, as a writer who reads the diagnostics before typing on (the server may use the pause to tidy up, and its
processor time then counts what it did in it). The first WARMUP edits are not counted. Prints the
median, the fastest and slowest of the timed edits, their 90th percentile, how many took 100 ms or more, the number of diagnostics, and (on Linux) the processor time the
server used per timed edit, on all its threads, and its peak memory. On a machine busy with other work the processor time
varies less than the wall-clock times.

Several COMMANDs, each after its own `--`, are servers to compare (builds of the tool, say): each is started and opens
the document, and every edit is made in each of them in turn, the first server first at one edit and last at the next,
so that a machine whose speed changes within the sitting weighs on all of them alike. Each server's line is printed,
then how often each was the fastest at an edit.

The server runs in a folder of its own, with DOCUMENT's folder's .paperlint.yml and .bib files beside the copy, so
that it lints as it would in place. Needs python3 alone.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def frame(message):
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: " + str(len(body)).encode("ascii") + b"\r\n\r\n" + body


def read_body(stream):
    """The next message's body, as bytes; None at the end of the stream."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return stream.read(length)


def read_message(stream):
    body = read_body(stream)
    return None if body is None else json.loads(body)


# The head of a publishDiagnostics notification as the server writes it: its document and version come before the
# diagnostics, so the edit's time ends when the message is read, not when a client of this script's speed has parsed it.
HEAD = re.compile(rb'"method":"textDocument/publishDiagnostics","params":\{"uri":("(?:[^"\\]|\\.)*"),"version":(\d+)')


def cpu_seconds(pid):
    """The processor time (user and system, all threads) a process has used so far, in seconds; None off Linux."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        # utime and stime, the 14th and 15th fields: the 12th and 13th after the command's name.
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class Server:
    """One server started on the document, edited as an editor edits it."""

    def __init__(self, command, work, uri, text, env):
        self.command = command
        self.uri = uri
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=work, env=env)
        self.version = 1
        self.times = []
        self.cpu_start = None
        self.last = None
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {}}})
        while (reply := read_message(self.process.stdout)) is not None and reply.get("id") != 1:
            pass
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        self.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": self.version, "text": text}}})
        self.last = self.diagnostics_of(self.version)

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def diagnostics_of(self, version):
        """Reads up to the diagnostics of the version; gives their body, parsed after the time is taken."""
        while True:
            body = read_body(self.process.stdout)
            if body is None:
                sys.exit(f"the server stopped: {' '.join(self.command)}")
            head = HEAD.search(body, 0, 4096)
            if head and json.loads(head.group(1)) == self.uri and int(head.group(2)) == version:
                return body

    def edit(self, timed):
        """Types a letter at the start of the document, or takes it away again; keeps the time when timed."""
        self.version += 1
        typed = self.version % 2 == 0
        change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0 if typed else 1}}, "text": "X" if typed else ""}
        started = time.perf_counter()
        self.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": self.uri, "version": self.version}, "contentChanges": [change]}})
        self.last = self.diagnostics_of(self.version)
        elapsed = (time.perf_counter() - started) * 1000
        if timed:
            self.times.append(elapsed)
        return elapsed

    def report(self, path):
        """Stops the server; gives its line."""
        count = len(json.loads(self.last)["params"]["diagnostics"])
        cpu_end = cpu_seconds(self.process.pid)
        times = self.times
        cpu = (cpu_end - self.cpu_start) * 1000 / len(times) if self.cpu_start is not None and cpu_end is not None else None
        peak = None
        try:
            with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        peak = int(line.split()[1]) // 1024
        except OSError:
            pass

        self.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
        self.send({"jsonrpc": "2.0", "method": "exit", "params": None})
        self.process.wait(timeout=30)
        size = os.path.getsize(path)
        return (f"{size / 1e6:.2f} MB, {count} diagnostics, {len(times)} edits: median {statistics.median(times):.1f} ms, "
                f"fastest {min(times):.1f} ms, slowest {max(times):.1f} ms, "
                f"90th percentile {statistics.quantiles(times, n=10, method='inclusive')[-1]:.1f} ms, "
                f"{sum(t >= 100 for t in times)} at 100 ms or more"
                + (f", server CPU {cpu:.1f} ms per edit" if cpu is not None else "")
                + (f", server peak memory {peak} MiB" if peak is not None else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=40, help="timed edits (default 40)")
    parser.add_argument("--warmup", type=int, default=5, help="edits before them, not counted (default 5)")
    parser.add_argument("--pause", type=float, default=0, help="milliseconds to wait after an edit's diagnostics before the next edit (default 0): a writer's pause, in which the server may tidy up")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the servers' environment")
    parser.add_argument("document")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    rest = args.command[1:] if args.command[:1] == ["--"] else args.command
    commands = [[]]
    for word in rest:
        if word == "--":
            commands.append([])
        else:
            commands[-1].append(word)
    if not all(commands):
        parser.error("give each server's command after --")
    for command in commands:
        if os.sep in command[0]:
            command[0] = os.path.abspath(command[0])  # the server starts in a folder of its own

    source = os.path.abspath(args.document)
    work = tempfile.mkdtemp(prefix="paperlint-lsp-edits-")
    servers = []
    try:
        for name in os.listdir(os.path.dirname(source)):
            if name in (".paperlint.yml", ".paperlint.yaml") or name.endswith(".bib"):
                shutil.copy(os.path.join(os.path.dirname(source), name), work)
        path = os.path.join(work, os.path.basename(source))
        shutil.copy(source, path)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        uri = "file://" + path
        env = dict(os.environ)
        for pair in args.env:
            name, _, value = pair.partition("=")
            env[name] = value

        servers = [Server(command, work, uri, text, env) for command in commands]
        fastest = [0] * len(servers)
        for edit in range(args.warmup + args.edits):
            timed = edit >= args.warmup
            # The first server first at one edit, last at the next.
            order = list(range(len(servers))) if edit % 2 == 0 else list(reversed(range(len(servers))))
            elapsed = [0.0] * len(servers)
            for k in order:
                server = servers[k]
                if args.pause > 0:
                    time.sleep(args.pause / 1000)
                if edit == args.warmup:
                    server.cpu_start = cpu_seconds(server.process.pid)
                elapsed[k] = server.edit(timed)
            if timed:
                fastest[elapsed.index(min(elapsed))] += 1

        lines = [server.report(path) for server in servers]
        servers = []
        if len(lines) == 1:
            print(lines[0])
        else:
            for command, line, won in zip(commands, lines, fastest):
                print(f"{' '.join(command)}: {line}; fastest at {won} of {args.edits} edits")
    finally:
        for server in servers:
            server.process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
