#!/usr/bin/env python3
"""Anonymous flood against a running portal (./mvnw -Pdemo): N views of public pages from C parallel
clients without cookies, then the portal's own figures. Prints throughput, status counts, sessions created
(from /api/admin/health as coordinator) and the portal JVM's heap after a GC (jcmd).
Usage: docs/bench/anonymous-flood.py [views=10000] [clients=8] [base=http://localhost:8080]"""
import base64, http.client, json, subprocess, sys, time, urllib.parse
from concurrent.futures import ThreadPoolExecutor

views = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 8
base = urllib.parse.urlparse(sys.argv[3] if len(sys.argv) > 3 else "http://localhost:8080")
pages = ["/login.xhtml", "/toolkit/index.xhtml", "/toolkit/index.xhtml?q=back-up", "/toolkit/zelftest.xhtml"]

def health():
    c = http.client.HTTPConnection(base.hostname, base.port)
    auth = base64.b64encode(b"coordinator:demo").decode()
    c.request("GET", "/api/admin/health", headers={"Authorization": "Basic " + auth})
    data = json.loads(c.getresponse().read())
    return next(ch["data"] for ch in data["checks"] if ch["name"] == "http")

def heap():
    pid = subprocess.run(["pgrep", "-f", "payara-micro.jar.*--port " + str(base.port)], capture_output=True, text=True).stdout.split()
    if not pid:
        return "?"
    subprocess.run(["jcmd", pid[0], "GC.run"], capture_output=True)
    out = subprocess.run(["jcmd", pid[0], "GC.heap_info"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "used" in line and ("heap" in line.lower()):
            return line.strip()
    return out.strip().splitlines()[1] if out else "?"

def worker(n):
    c = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    counts, cookies = {}, 0
    for i in range(n):
        c.request("GET", pages[i % len(pages)])
        r = c.getresponse()
        r.read()
        counts[r.status] = counts.get(r.status, 0) + 1
        if any(h.lower() == "set-cookie" and v.startswith("JSESSIONID") for h, v in r.getheaders()):
            cookies += 1
        if r.getheader("Connection", "").lower() == "close":
            c.close(); c = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    return counts, cookies

before = health()
print("heap before:", heap())
start = time.time()
with ThreadPoolExecutor(clients) as pool:
    results = list(pool.map(worker, [views // clients] * clients))
elapsed = time.time() - start
status, cookies = {}, 0
for counts, c in results:
    cookies += c
    for k, v in counts.items():
        status[k] = status.get(k, 0) + v
after = health()
print(f"{views} views, {clients} clients: {elapsed:.1f} s, {views / elapsed:.0f} views/s, statuses {status}")
print(f"session cookies sent: {cookies}; sessions created: {int(after['sessionsCreated']) - int(before['sessionsCreated'])}; active sessions: {after['activeSessions']}")
print("heap after:", heap())
