// newsparse HTML report: popovers, highlights on demand, sorting and filtering. No network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var pop = document.getElementById("pop");
  var pinned = false;

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }
  function row(label, value) {
    return value ? "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>" : "";
  }
  function quoteIds(el) {
    var ids = el.getAttribute("data-q") || el.getAttribute("data-of") || "";
    return ids.split(" ").filter(Boolean).map(Number);
  }
  function describe(i) {
    var q = data.quotes[i];
    var html = "<h3>" + esc(q.who) + "</h3><dl>";
    html += row("kind", q.kind === "direct" ? "direct quote" : "reported speech (" + q.kind + ")");
    html += row("as written", q.written);
    html += row("cue", q.cue ? q.cue + (q.stance && q.stance !== "neutral" ? " (" + q.stance + ")" : "") : "");
    html += row("venue", q.venue);
    q.claims.forEach(function (c) {
      var claim = data.claims[c];
      html += row("claim", claim.text + "  [check-worthiness " + claim.cw.toFixed(2) + "]");
    });
    return html + "</dl>";
  }
  function show(el, x, y) {
    var ids = quoteIds(el);
    if (!ids.length) return;
    pop.innerHTML = ids.map(describe).join("<hr>");
    pop.classList.add("show");
    var w = pop.offsetWidth, h = pop.offsetHeight;
    pop.style.left = Math.max(8, Math.min(x + 12, window.innerWidth - w - 8)) + "px";
    pop.style.top = Math.max(8, Math.min(y + 14, window.innerHeight - h - 8)) + "px";
  }
  function hide() { if (!pinned) pop.classList.remove("show"); }

  var text = document.getElementById("text");
  text.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest(".q, [data-of]");
    if (el && !pinned) show(el, ev.clientX, ev.clientY);
  });
  text.addEventListener("mouseout", function (ev) {
    if (ev.target.closest(".q, [data-of]")) hide();
  });
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest && ev.target.closest("#text .q");
    if (el) { pinned = true; show(el, ev.clientX, ev.clientY); return; }
    if (!ev.target.closest || !ev.target.closest("#pop")) { pinned = false; hide(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pinned = false; hide(); }
  });

  function flash(selector) {
    var els = document.querySelectorAll(selector);
    if (!els.length) return;
    els[0].scrollIntoView({ block: "center", behavior: "smooth" });
    els.forEach(function (e) { e.classList.remove("flash"); void e.offsetWidth; e.classList.add("flash"); });
  }

  // Entities: a row toggles the highlight of every mention.
  document.querySelectorAll("tr[data-entity]").forEach(function (tr) {
    tr.addEventListener("click", function () {
      var id = tr.getAttribute("data-entity");
      var on = !tr.classList.contains("on");
      tr.classList.toggle("on", on);
      document.querySelectorAll('#text .m[data-e~="' + id + '"]').forEach(function (m) {
        m.classList.toggle("on", on);
      });
      if (on) flash('#text .m[data-e~="' + id + '"]');
    });
  });

  // Claims: a row shows the claim in the text; sort by check-worthiness; filter by claimer type.
  document.querySelectorAll("tr[data-claim]").forEach(function (tr) {
    tr.addEventListener("click", function () {
      var id = tr.getAttribute("data-claim");
      document.querySelectorAll("#text .c.on").forEach(function (c) { c.classList.remove("on"); });
      document.querySelectorAll('#text .c[data-c~="' + id + '"]').forEach(function (c) { c.classList.add("on"); });
      flash('#text .c[data-c~="' + id + '"]');
    });
  });
  var claims = document.getElementById("claims-table");
  if (claims) {
    var body = claims.tBodies[0];
    claims.querySelectorAll("th.sort").forEach(function (th) {
      th.addEventListener("click", function () {
        var key = th.getAttribute("data-key");
        var desc = th.getAttribute("data-dir") !== "desc";
        th.setAttribute("data-dir", desc ? "desc" : "asc");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = Number(a.getAttribute("data-" + key)), y = Number(b.getAttribute("data-" + key));
          return desc ? y - x : x - y;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var pick = document.getElementById("claimer-filter");
    pick.addEventListener("change", function () {
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = pick.value !== "" && r.getAttribute("data-type") !== pick.value;
      });
    });
  }

  // Speakers: a legend chip dims every other speaker's quotes; a listed quote jumps to the text.
  document.querySelectorAll(".chip[data-speaker]").forEach(function (chip) {
    chip.addEventListener("click", function () {
      var key = chip.getAttribute("data-speaker");
      var solo = !chip.classList.contains("solo");
      document.querySelectorAll(".chip[data-speaker]").forEach(function (c) {
        c.classList.toggle("solo", solo && c === chip);
        c.classList.toggle("off", solo && c !== chip);
      });
      document.querySelectorAll("#text .q").forEach(function (q) {
        var mine = quoteIds(q).some(function (i) { return data.quotes[i].key === key; });
        q.classList.toggle("dim", solo && !mine);
      });
    });
  });
  document.querySelectorAll("[data-goto]").forEach(function (q) {
    q.addEventListener("click", function () {
      flash('#text .q[data-q~="' + q.getAttribute("data-goto") + '"]');
    });
  });
})();
