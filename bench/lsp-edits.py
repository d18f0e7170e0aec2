#!/usr/bin/env python3
"""Times the language server as an editor meets it: one process, one document open, edits one after another.

    bench/lsp-edits.py [--edits N] [--pause MS] [--env NAME=VALUE ...] DOCUMENT -- COMMAND [ARGUMENT ...]

COMMAND is the server to start, with its arguments: for the installed tool, `paperlint lsp --debounce 0`, so that what
is timed is the lint that follows a pause, not the pause itself. DOCUMENT (Markdown or text) is opened as the editor
opens it; each edit types a letter at its start or takes it away again (incremental sync), and is timed from the moment
it is sent to the moment the diagnostics of that version arrive; the next edit is sent at once, or after --pause
milliseconds, as a writer who reads the diagnostics before typing on (the server may use the pause to tidy up, and its
processor time then counts what it did in it). The first WARMUP edits are not counted. Prints the
median, the fastest and slowest of the timed edits, their 90th percentile, how many took 100 ms or more, the number of diagnostics, and (on Linux) the processor time the
server used per timed edit, on all its threads, and its peak memory. On a machine busy with other work the processor time
varies less than the wall-clock times.

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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=40, help="timed edits (default 40)")
    parser.add_argument("--warmup", type=int, default=5, help="edits before them, not counted (default 5)")
    parser.add_argument("--pause", type=float, default=0, help="milliseconds to wait after an edit's diagnostics before the next edit (default 0): a writer's pause, in which the server may tidy up")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server's environment")
    parser.add_argument("document")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the server's command after --")
    if os.sep in command[0]:
        command[0] = os.path.abspath(command[0])  # the server starts in a folder of its own

    source = os.path.abspath(args.document)
    work = tempfile.mkdtemp(prefix="paperlint-lsp-edits-")
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

        server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=work, env=env)

        def send(message):
            server.stdin.write(frame(message))
            server.stdin.flush()

        def diagnostics_of(version):
            """Reads up to the diagnostics of the version; gives their body, parsed after the time is taken."""
            while True:
                body = read_body(server.stdout)
                if body is None:
                    sys.exit("the server stopped")
                head = HEAD.search(body, 0, 4096)
                if head and json.loads(head.group(1)) == uri and int(head.group(2)) == version:
                    return body

        send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {}}})
        while (reply := read_message(server.stdout)) is not None and reply.get("id") != 1:
            pass
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        version = 1
        send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}})
        last = diagnostics_of(version)

        times = []
        cpu_start = None
        for edit in range(args.warmup + args.edits):
            if args.pause > 0:
                time.sleep(args.pause / 1000)
            if edit == args.warmup:
                cpu_start = cpu_seconds(server.pid)
            version += 1
            typed = version % 2 == 0
            change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0 if typed else 1}}, "text": "X" if typed else ""}
            started = time.perf_counter()
            send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
            last = diagnostics_of(version)
            if edit >= args.warmup:
                times.append((time.perf_counter() - started) * 1000)

        count = len(json.loads(last)["params"]["diagnostics"])
        cpu_end = cpu_seconds(server.pid)
        cpu = (cpu_end - cpu_start) * 1000 / len(times) if cpu_start is not None and cpu_end is not None else None

        peak = None
        try:
            with open(f"/proc/{server.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        peak = int(line.split()[1]) // 1024
        except OSError:
            pass

        send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
        send({"jsonrpc": "2.0", "method": "exit", "params": None})
        server.wait(timeout=30)
        size = os.path.getsize(path)
        print(f"{size / 1e6:.2f} MB, {count} diagnostics, {len(times)} edits: median {statistics.median(times):.1f} ms, "
              f"fastest {min(times):.1f} ms, slowest {max(times):.1f} ms, "
              f"90th percentile {statistics.quantiles(times, n=10, method='inclusive')[-1]:.1f} ms, "
              f"{sum(t >= 100 for t in times)} at 100 ms or more"
              + (f", server CPU {cpu:.1f} ms per edit" if cpu is not None else "")
              + (f", server peak memory {peak} MiB" if peak is not None else ""))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
