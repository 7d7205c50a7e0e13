#!/usr/bin/env python3
"""Run a command as a co-process: write INPUT to its standard input and keep
that open until the command has written WANT lines (or TIMEOUT seconds
pass), then close it.  A filter that only writes once its input ends never
gets there.  The command's standard output goes to OUT, its standard error
to ERR.  Exits with the command's status, or 124 when the lines did not
come in time (the command is then killed).
Usage: coproc.py TIMEOUT WANT INPUT OUT ERR CMD [ARG]..."""
import os, select, subprocess, sys, threading, time

def main():
    timeout, want = float(sys.argv[1]), int(sys.argv[2])
    data = open(sys.argv[3], 'rb').read()
    out, err = open(sys.argv[4], 'wb'), open(sys.argv[5], 'wb')
    p = subprocess.Popen(sys.argv[6:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)

    def feed():  # in a thread: the command may write before it reads it all
        try:
            p.stdin.write(data)
            p.stdin.flush()
        except BrokenPipeError:
            pass
    t = threading.Thread(target=feed, daemon=True)
    t.start()
    fd, got, lines = p.stdout.fileno(), bytearray(), 0
    end = time.monotonic() + timeout
    while lines < want:
        left = end - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            p.kill()
            p.wait()
            out.write(got)
            return 124
        b = os.read(fd, 65536)
        if not b:
            break
        got += b
        lines += b.count(b'\n')
    t.join()
    try:
        p.stdin.close()
    except BrokenPipeError:
        pass
    got += p.stdout.read()
    out.write(got)
    return p.wait()

sys.exit(main())
