#!/usr/bin/env python3
"""How many passwords an attacker can try per minute for one account, against a running portal
(./mvnw -Pdemo): guesses through the API as fast as answers come, for D seconds; counts the guesses the
portal actually checked (401) and those refused unchecked while the account was locked (429).
Usage: docs/bench/login-guesses.py [seconds=120] [account=aalst] [base=http://localhost:8080]"""
import base64, http.client, sys, time, urllib.parse

seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 120
account = sys.argv[2] if len(sys.argv) > 2 else "aalst"
base = urllib.parse.urlparse(sys.argv[3] if len(sys.argv) > 3 else "http://localhost:8080")
c = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
checked = refused = other = 0
end = time.time() + seconds
i = 0
while time.time() < end:
    auth = base64.b64encode(f"{account}:guess{i}".encode()).decode()
    i += 1
    c.request("GET", "/api/me", headers={"Authorization": "Basic " + auth})
    r = c.getresponse(); r.read()
    if r.status == 401: checked += 1
    elif r.status == 429: refused += 1
    else: other += 1
print(f"{seconds} s against '{account}': {checked} guesses checked, {refused} refused while locked, {other} other; "
      f"{checked / (seconds / 60):.1f} checked guesses per minute")
