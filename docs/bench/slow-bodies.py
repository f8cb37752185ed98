#!/usr/bin/env python3
"""Slow-body attack against a running portal (./mvnw -Pdemo): N connections from 127.0.0.2 send the headers
of a 100 KB login POST and the first 1 KB, then trickle 1 KB every 2 s; meanwhile another visitor
(127.0.0.3) loads the toolkit every second. Prints how many attack connections were refused at once (503)
and the other visitor's response times.
Usage: docs/bench/slow-bodies.py [connections=210] [seconds=30] [port=8080]"""
import socket, sys, time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 210
seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
port = int(sys.argv[3]) if len(sys.argv) > 3 else 8080
head = (b"POST /login.xhtml HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: 100000\r\n\r\n")
slow = []
for _ in range(n):
    s = socket.socket(); s.bind(("127.0.0.2", 0)); s.connect(("127.0.0.1", port))
    s.sendall(head + b"a" * 1024); s.setblocking(False); slow.append(s)
refused = 0
times = []
end = time.time() + seconds
while time.time() < end:
    for s in list(slow):
        try:
            data = s.recv(200)
            if data.startswith(b"HTTP/1.1 503"):
                refused += 1; slow.remove(s); s.close()
        except BlockingIOError:
            try: s.sendall(b"a" * 1024)
            except OSError: slow.remove(s)
        except OSError:
            slow.remove(s)
    v = socket.socket(); v.bind(("127.0.0.3", 0)); v.settimeout(60)
    t = time.time(); v.connect(("127.0.0.1", port))
    v.sendall(b"GET /toolkit/index.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    first = v.recv(12); 
    while v.recv(65536): pass
    times.append((time.time() - t) * 1000); v.close()
    time.sleep(max(0, 2 - (time.time() - t)))
print(f"{n} slow connections: {refused} refused with 503 at once, {len(slow)} still trickling")
times.sort()
print(f"other visitor, {len(times)} page loads during the attack: median {times[len(times)//2]:.0f} ms, max {times[-1]:.0f} ms")
