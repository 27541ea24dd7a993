#!/usr/bin/env python3
"""Start-up time of the interactive shell: from starting `lede ARTICLE` in a pseudo-terminal to
the first prompt, with the article loaded and annotated by the default chain.

Usage: startup.py LEDE ARTICLE [--runs N]   (median and range of N runs after a warm-up)
"""
import os, pty, select, statistics, sys, tempfile, time

def once(binary, article, home):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, HOME=home, TERM="xterm-256color", NO_COLOR="1")
        env.pop("XDG_STATE_HOME", None)
        os.execve(binary, [binary, article], env)
    seen = b""
    prompt = b"]> "
    elapsed = None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if prompt in seen:
            elapsed = time.perf_counter() - start
    os.write(fd, b"\x04")   # Ctrl-D: leave
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit("no prompt seen; output was: %r" % seen[-500:])
    return elapsed * 1000

def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__); sys.exit(2)
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 21
    with tempfile.TemporaryDirectory() as home:
        once(args[0], args[1], home)
        times = sorted(once(args[0], args[1], home) for _ in range(runs))
    print(f"start-up to the first prompt ({os.path.basename(args[1])} annotated): "
          f"median {statistics.median(times):.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms over {runs} runs")

if __name__ == "__main__":
    main()
