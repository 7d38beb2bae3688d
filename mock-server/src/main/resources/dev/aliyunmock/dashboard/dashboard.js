// The aliyun-mock dashboard: plain JavaScript, no framework, no build step, nothing fetched from
// elsewhere. It reads two admin routes with relative URLs (so it works behind a mapped port):
// overview (the world at a glance) and calls (?since=N: only the calls not seen yet), every
// second. Every value is written as text (textContent, SVG attributes): fixture names and
// descriptions are user data and never become markup.
"use strict";
(function () {
  const REFRESH_MS = 1000;
  // The world is read again when calls arrived, while transitions are under way, and at least this
  // often otherwise (the admin API changes it without calls: fixtures, resets, the clock).
  const OVERVIEW_AT_LEAST_MS = 5000;
  // Resources of each kind asked for: 500, or the page's own ?limit= (the server caps it at 5,000).
  const OVERVIEW_LIMIT = Math.max(1, Number(new URLSearchParams(location.search).get("limit")) || 500);
  const MAX_PAIRS_DRAWN = 60;
  const CALLS_FIRST = 200; // calls asked for on the first load
  const CALLS_KEPT = 500; // calls kept in the page
  const CALLS_SHOWN = 200; // rows shown after filtering

  const state = {
    since: 0,
    calls: [], // oldest first
    overviewText: null,
    overview: null,
    overviewAt: 0,
    query: "",
    paused: false,
    open: new Set(), // sequence numbers whose parameters are shown
    firstRender: false,
  };
  window.__dashboard = { renders: 0, firstRenderMs: null, errors: [] };
  window.addEventListener("error", (e) => window.__dashboard.errors.push(String(e.message)));

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("data-")) e.setAttribute(k, String(v));
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function replaceBody(table, rows) {
    const body = table.tBodies[0];
    body.replaceChildren(...rows);
  }

  function statusClass(status) {
    switch (status) {
      case "Active": return "active";
      case "Connecting": case "AcceptingConnect": return "connecting";
      case "Inactive": case "Deactivating": case "Activating": return "inactive";
      case "Idle": return "idle";
      default: return "other";
    }
  }

  function shorten(text, max) {
    const s = text === null || text === undefined ? "" : String(text);
    return s.length > max ? s.slice(0, max - 1) + "…" : s;
  }

  function fmt(n) {
    return Number(n).toLocaleString("en-US");
  }

  // ------------------------------------------------------------------ fetching

  async function get(url) {
    const r = await fetch(url, { cache: "no-store", credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(url.split("?")[0] + " answered " + r.status);
    return r.text();
  }

  function overviewUrl() {
    const q = state.query ? "&q=" + encodeURIComponent(state.query) : "";
    return "overview?limit=" + OVERVIEW_LIMIT + q;
  }

  async function refreshOverview() {
    const text = await get(overviewUrl());
    state.overviewAt = Date.now();
    if (text === state.overviewText) return;
    state.overviewText = text;
    state.overview = JSON.parse(text);
    renderOverview(state.overview);
  }

  async function refreshCalls() {
    const url = state.since === 0 ? "calls?limit=" + CALLS_FIRST : "calls?since=" + state.since;
    const page = JSON.parse(await get(url));
    const fresh = page.Calls || [];
    if (page.LastSequence < state.since) {
      state.calls = []; // another server on the same address: start over
    }
    state.since = page.LastSequence;
    if (fresh.length === 0) {
      if (state.calls.length === 0) renderCalls(new Set());
      return false;
    }
    const firstLoad = state.calls.length === 0;
    state.calls = state.calls.concat(fresh).slice(-CALLS_KEPT);
    renderCalls(firstLoad ? new Set() : new Set(fresh.map((c) => c.Sequence)));
    return fresh.length > 0;
  }

  let timer = null;
  async function refresh() {
    clearTimeout(timer);
    try {
      const fresh = await refreshCalls();
      const moving = state.overview && state.overview.Transitions.Pending.length > 0;
      if (fresh || moving || state.overviewText === null || Date.now() - state.overviewAt >= OVERVIEW_AT_LEAST_MS) {
        await refreshOverview();
      }
      setStatus("live · " + new Date().toLocaleTimeString(), "ok");
      if (!state.firstRender) {
        state.firstRender = true;
        window.__dashboard.firstRenderMs = performance.now();
        document.body.setAttribute("data-ready", "true");
      }
    } catch (e) {
      setStatus("cannot reach the mock: " + e.message, "error");
    } finally {
      if (!state.paused) timer = setTimeout(refresh, REFRESH_MS);
    }
  }

  function setStatus(text, kind) {
    const s = $("status");
    s.textContent = text;
    s.className = "status " + kind;
  }

  // ------------------------------------------------------------------ overview

  function renderOverview(o) {
    window.__dashboard.renders++;
    renderFacts(o);
    replaceBody($("accounts"), o.Accounts.map((a) =>
      el("tr", { "data-owner": a.OwnerId }, el("td", { class: "mono" }, a.OwnerId), el("td", { class: "mono" }, a.AccessKeyId),
        el("td", {}, a.Bid), el("td", {}, a.BillsOutstanding ? "yes" : "no"))));
    $("regions").replaceChildren(...o.Regions.map((r) => el("li", {}, r)));

    const res = o.Resources;
    const pending = pendingByResource(o.Transitions);
    renderInterfaces(res.RouterInterfaces, o.Totals.RouterInterfaces, pending);
    renderDiagram(o, pending);
    renderTransitions(o.Transitions);
    renderTable("routers", res.Routers, o.Totals.Routers, "Routers", (r) =>
      [r.RouterId, r.RouterType, r.RegionId, r.OwnerId, r.VpcId || ""]);
    renderTable("vpcs", res.Vpcs, o.Totals.Vpcs, "VPCs", (v) =>
      [v.VpcId, v.VpcName || "", v.RegionId, v.OwnerId, v.CidrBlock, v.VRouterId, v.Status]);
    renderTable("vswitches", res.VSwitches, o.Totals.VSwitches, "vSwitches", (s) =>
      [s.VSwitchId, s.VSwitchName || "", s.VpcId, s.ZoneId, s.CidrBlock, s.Status]);
    renderTable("routeentries", res.RouteEntries, o.Totals.RouteEntries, "Route entries", (e) =>
      [e.RouteEntryId, e.RouteTableId, e.DestinationCidrBlock, e.NextHopType + " " + (e.NextHopId || ""), e.Status]);
  }

  function renderFacts(o) {
    const t = o.Totals;
    const facts = [
      ["version", o.Version], ["auth", o.Auth], ["transitions", o.Transitions.DefaultMode], ["world clock", String(o.Clock).slice(0, 19).replace("T", " ") + " UTC"],
      ["interfaces", fmt(t.RouterInterfaces)], ["routers", fmt(t.Routers)], ["VPCs", fmt(t.Vpcs)],
    ];
    $("facts").replaceChildren(...facts.map(([k, v]) => el("div", {}, el("dt", {}, k), el("dd", {}, v))));
  }

  function renderTable(id, rows, total, label, cells) {
    $(id + "-summary").textContent = label + " (" + (rows.length < total ? fmt(rows.length) + " of " : "") + fmt(total) + ")";
    replaceBody($(id + "-table"), rows.map((r) => el("tr", {}, ...cells(r).map((c) => el("td", { class: "mono" }, c)))));
  }

  function pendingByResource(transitions) {
    const m = new Map();
    for (const p of transitions.Pending) for (const id of p.RouterInterfaceIds) m.set(id, p);
    return m;
  }

  function describePending(p) {
    if (!p) return "";
    const when = p.PollsLeft !== undefined ? p.PollsLeft + " read" + (p.PollsLeft === 1 ? "" : "s") + " left"
      : p.DueAt ? "due " + p.DueAt : p.Mode;
    return p.Kind + " under way (" + when + ")";
  }

  function renderInterfaces(list, total, pending) {
    $("interfaces-note").textContent = (list.length < total || state.query)
      ? "showing " + fmt(list.length) + " of " + fmt(total) + (state.query ? " (matching “" + state.query + "”)" : "")
      : fmt(total) + " in all";
    replaceBody($("interfaces-table"), list.map((ri) => {
      const p = pending.get(ri.RouterInterfaceId);
      return el("tr", { "data-id": ri.RouterInterfaceId, "data-status": ri.Status },
        el("td", { class: "mono" }, ri.RouterInterfaceId),
        el("td", { class: "wrap" }, ri.Name || ""),
        el("td", { class: "wrap" }, ri.Description || ""),
        el("td", { class: "mono" }, ri.RouterId),
        el("td", {}, ri.Role),
        el("td", {}, ri.Spec),
        el("td", {}, el("span", { class: "st " + statusClass(ri.Status) }, ri.Status), p ? el("div", { class: "note" }, describePending(p)) : null),
        el("td", { class: "mono" }, ri.OppositeInterfaceId || ""),
        el("td", {}, ri.RegionId),
        el("td", { class: "mono" }, ri.OwnerId));
    }));
  }

  function renderTransitions(t) {
    const items = t.Pending.map((p) => el("li", { class: "mono" }, p.Kind + " " + p.RouterInterfaceIds.join(", ") + " — " + describePending(p)));
    $("transitions").replaceChildren(...(items.length ? items : [el("li", { class: "note" }, "none")]));
  }

  // ------------------------------------------------------------------ the diagram

  /** Pairs among the shown interfaces: each interface that names its opposite, once per pair. */
  function pairs(interfaces) {
    const byId = new Map(interfaces.map((ri) => [ri.RouterInterfaceId, ri]));
    const seen = new Set();
    const out = [];
    for (const ri of interfaces) {
      const oppId = ri.OppositeInterfaceId;
      if (!oppId || !ri.OppositeRouterId) continue;
      const key = [ri.RouterInterfaceId, oppId].sort().join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const opp = byId.get(oppId) || null;
      const initiator = ri.Role === "AcceptingSide" && opp ? opp : ri;
      const acceptor = initiator === ri ? opp : ri;
      out.push({ key, initiator, acceptor, from: initiator.RouterId, to: initiator === ri ? ri.OppositeRouterId : ri.RouterId });
    }
    return out;
  }

  function renderDiagram(o, pending) {
    const all = pairs(o.Resources.RouterInterfaces);
    const drawn = all.slice(0, MAX_PAIRS_DRAWN);
    $("diagram-note").textContent = all.length > drawn.length
      ? "The first " + drawn.length + " of " + fmt(all.length) + " pairs among the interfaces shown; search to narrow."
      : all.length === 0 ? "No pair of interfaces among those shown." : "";
    const routers = new Map((o.Resources.Routers || []).map((r) => [r.RouterId, r]));
    const used = [];
    for (const p of drawn) for (const id of [p.from, p.to]) if (!used.includes(id)) used.push(id);
    const regionOf = (id) => (routers.get(id) || {}).RegionId || "(unknown region)";
    const regions = [];
    for (const r of o.Regions) if (used.some((id) => regionOf(id) === r)) regions.push(r);
    for (const id of used) if (!regions.includes(regionOf(id))) regions.push(regionOf(id));

    const W = 230, H = 46, GAP_X = 240, GAP_Y = 30, TOP = 34, LEFT = 20;
    const pos = new Map();
    const rows = new Map();
    for (const id of used) {
      const col = regions.indexOf(regionOf(id));
      const row = rows.get(col) || 0;
      rows.set(col, row + 1);
      pos.set(id, { x: LEFT + col * (W + GAP_X), y: TOP + row * (H + GAP_Y) });
    }
    const height = TOP + Math.max(1, ...rows.values()) * (H + GAP_Y) + 10;
    const width = LEFT * 2 + Math.max(1, regions.length) * (W + GAP_X) - GAP_X + 120;
    const root = $("diagram");
    root.setAttribute("width", width);
    root.setAttribute("height", height);
    root.setAttribute("viewBox", "0 0 " + width + " " + height);
    const nodes = [];
    regions.forEach((r, i) => nodes.push(svg("text", { class: "region", x: LEFT + i * (W + GAP_X), y: 20 }, r)));

    const linkNodes = [];
    const sameColumnCount = new Map();
    for (const p of drawn) {
      const a = pos.get(p.from), b = pos.get(p.to);
      const status = p.initiator.Status;
      const cls = statusClass(status);
      let d, lx, ly;
      if (a.x === b.x) {
        // Both routers in one region: an arc on the right of the column.
        const n = (sameColumnCount.get(a.x) || 0) + 1;
        sameColumnCount.set(a.x, n);
        const x = a.x + W, bulge = 40 + 18 * n;
        d = `M ${x} ${a.y + H / 2} C ${x + bulge} ${a.y + H / 2}, ${x + bulge} ${b.y + H / 2}, ${x} ${b.y + H / 2}`;
        lx = x + bulge * 0.75 + 4; ly = (a.y + b.y) / 2 + H / 2;
      } else if (Math.abs(a.x - b.x) <= W + GAP_X) {
        // Neighbouring regions: a curve from one box to the other.
        const left = a.x < b.x ? a : b, right = a.x < b.x ? b : a;
        const x1 = left.x + W, y1 = left.y + H / 2, x2 = right.x, y2 = right.y + H / 2;
        const mx = (x1 + x2) / 2;
        d = `M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2} ${y2}`;
        lx = mx; ly = (y1 + y2) / 2 - 14;
      } else {
        // Regions apart: under the boxes between them, from bottom to bottom.
        const left = a.x < b.x ? a : b, right = a.x < b.x ? b : a;
        const x1 = left.x + W / 2, y1 = left.y + H, x2 = right.x + W / 2, y2 = right.y + H;
        const low = Math.max(y1, y2) + GAP_Y - 6;
        d = `M ${x1} ${y1} C ${x1} ${low}, ${x2} ${low}, ${x2} ${y2}`;
        lx = (x1 + x2) / 2; ly = low - 10;
      }
      const p1 = pending.get(p.initiator.RouterInterfaceId);
      const other = p.acceptor && p.acceptor.Status !== status ? " / " + p.acceptor.Status : "";
      const g = svg("g", { class: "link " + cls, "data-pair": p.key, "data-status": status });
      g.append(svg("title", {}, p.initiator.RouterInterfaceId + " (" + status + ") ⟷ " +
        (p.acceptor ? p.acceptor.RouterInterfaceId + " (" + p.acceptor.Status + ")" : p.initiator.OppositeInterfaceId)));
      g.append(svg("path", { d }));
      const anchor = a.x === b.x ? "start" : "middle";
      g.append(svg("text", { x: lx, y: ly, "text-anchor": anchor }, status + other));
      if (p1) g.append(svg("text", { class: "pending", x: lx, y: ly + 13, "text-anchor": anchor }, "→ " + describePending(p1)));
      linkNodes.push(g);
    }
    for (const id of used) {
      const r = routers.get(id) || { RouterId: id, RouterType: "?", OwnerId: "?" };
      const { x, y } = pos.get(id);
      const g = svg("g", { class: "router" + (r.RouterType === "VBR" ? " vbr" : ""), "data-router": id });
      g.append(svg("rect", { x, y, width: W, height: H, rx: 5 }));
      g.append(svg("text", { x: x + 8, y: y + 18 }, shorten(id, 30)));
      g.append(svg("text", { class: "sub", x: x + 8, y: y + 35 }, r.RouterType + " · owner " + r.OwnerId + (r.VpcId ? " · " + r.VpcId : "")));
      nodes.push(g);
    }
    root.replaceChildren(...linkNodes, ...nodes);
  }

  // ------------------------------------------------------------------ calls

  function callText(c) {
    return [c.Sequence, c.Action, c.AccessKeyId, c.OwnerId, c.RegionId, (c.ResourceIds || []).join(" "), c.HttpStatus, c.Code || "OK", c.RequestId]
      .join(" ").toLowerCase();
  }

  function renderCalls(fresh) {
    const filter = $("call-filter").value.trim().toLowerCase();
    const errorsOnly = $("errors-only").checked;
    const rows = [];
    let shown = 0;
    for (let i = state.calls.length - 1; i >= 0 && shown < CALLS_SHOWN; i--) {
      const c = state.calls[i];
      if (errorsOnly && !c.Code) continue;
      if (filter && !callText(c).includes(filter)) continue;
      shown++;
      const cls = "call" + (c.Code ? " error" : "") + (fresh.has(c.Sequence) ? " fresh" : "");
      const tr = el("tr", { class: cls, "data-sequence": c.Sequence, "data-action": c.Action || "", title: "show the parameters" },
        el("td", {}, c.Sequence),
        el("td", { class: "mono" }, (c.Time || "").slice(11, 23)),
        el("td", { class: "mono" }, c.AccessKeyId || "-"),
        el("td", {}, c.Action || "-"),
        el("td", { class: "mono" }, (c.ResourceIds || []).join(", ")),
        el("td", {}, c.HttpStatus),
        el("td", {}, c.Code || "OK"),
        el("td", { class: "mono" }, c.RequestId));
      tr.addEventListener("click", () => {
        if (state.open.has(c.Sequence)) state.open.delete(c.Sequence); else state.open.add(c.Sequence);
        renderCalls(new Set());
      });
      rows.push(tr);
      if (state.open.has(c.Sequence)) {
        const params = Object.entries(c.Parameters || {}).map(([k, v]) => k + " = " + v).join("\n");
        rows.push(el("tr", { class: "params" }, el("td", { colspan: 8 },
          "ApiVersion " + (c.ApiVersion || "-") + " · owner " + (c.OwnerId || "-") + " · region " + (c.RegionId || "-") + "\n" + params)));
      }
    }
    $("calls-note").textContent = state.calls.length === 0 ? "no call yet"
      : shown + " shown of the last " + state.calls.length + " received";
    replaceBody($("calls-table"), rows);
  }

  // ------------------------------------------------------------------ controls

  let searchTimer = null;
  function start() {
    $("query").addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => { state.query = $("query").value.trim(); state.overviewText = null; refresh(); }, 250);
    });
    $("call-filter").addEventListener("input", () => renderCalls(new Set()));
    $("errors-only").addEventListener("change", () => renderCalls(new Set()));
    $("pause").addEventListener("click", () => {
      state.paused = !state.paused;
      $("pause").textContent = state.paused ? "Resume" : "Pause";
      if (state.paused) { clearTimeout(timer); setStatus("paused", ""); } else refresh();
    });
    refresh();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
