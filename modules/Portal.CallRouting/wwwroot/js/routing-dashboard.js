// The live dashboard: follows ~/routing/dashboard/stream (server-sent events) and keeps the page's tables and chart
// current. The tables are the page (complete without this script, by refreshing); the chart repeats the waiting
// calls of the last five minutes for those who can see it. Text is set with textContent only: names come from
// the force's configuration and are never parsed as HTML.
const root = document.getElementById("routing-live");
const historySeconds = 300;
const palette = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#505a5f", "#912b88", "#28a197"];
const london = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", second: "2-digit" });

const time = (iso) => london.format(new Date(iso));
const wait = (s) => (s < 60 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, "0")} s`);
const share = (v) => `${(v * 100).toFixed(1)}%`;
const stateName = (s) => (s === "MajorIncidentInProgress" ? "Major incident in progress" : s);
const stateTag = (s) => ({ Normal: "green", Degraded: "yellow", MajorIncidentInProgress: "orange", Unstaffed: "grey" })[s] ?? "red";

function cell(row, tag, text, numeric) {
  const element = document.createElement(tag);
  element.className = tag === "th" ? "govuk-table__header" : `govuk-table__cell${numeric ? " govuk-table__cell--numeric" : ""}`;
  if (tag === "th") element.scope = "row";
  element.textContent = text;
  row.appendChild(element);
  return element;
}

function renderQueues(queues) {
  const body = document.querySelector("#routing-live-queues tbody");
  const rows = queues.map((q) => {
    const row = document.createElement("tr");
    row.className = "govuk-table__row";
    row.dataset.queue = q.code;
    cell(row, "th", q.service ? `${q.name} (${q.service})` : q.name);
    cell(row, "td", String(q.waiting), true);
    cell(row, "td", wait(q.oldestWaitSeconds), true);
    cell(row, "td", share(q.answeredWithin10sShare), true);
    cell(row, "td", String(q.abandonedLast15Minutes), true);
    cell(row, "td", String(q.availableAgents), true);
    return row;
  });
  if (rows.length > 0) body.replaceChildren(...rows);
}

function renderCentres(centres) {
  const body = document.querySelector("#routing-live-centres tbody");
  const rows = centres.map((c) => {
    const row = document.createElement("tr");
    row.className = "govuk-table__row";
    row.dataset.centre = c.code;
    cell(row, "th", c.name);
    const tag = document.createElement("strong");
    tag.className = `govuk-tag govuk-tag--${stateTag(c.state)}`;
    tag.textContent = stateName(c.state);
    cell(row, "td", "").appendChild(tag);
    cell(row, "td", time(c.changedAt));
    cell(row, "td", c.reason ?? "");
    cell(row, "td", String(c.availableAgents), true);
    return row;
  });
  if (rows.length > 0) body.replaceChildren(...rows);
}

function renderPartners(partners) {
  if (!partners) return;
  const body = document.querySelector("#routing-live-partners tbody");
  const rows = partners.overflow.map((p) => {
    const row = document.createElement("tr");
    row.className = "govuk-table__row";
    row.dataset.agreement = p.agreementId;
    cell(row, "th", p.partnerTenant);
    cell(row, "td", p.queueCode);
    cell(row, "td", `${p.inProgress} of ${p.maxConcurrentCalls}`, true);
    cell(row, "td", String(p.lastFifteenMinutes), true);
    cell(row, "td", p.latestAt ? time(p.latestAt) : "None in the last hour");
    return row;
  });
  if (rows.length > 0) body.replaceChildren(...rows);

  const alerts = document.getElementById("routing-live-partner-alerts");
  alerts.replaceChildren(...partners.contingencies.map((a) => {
    const banner = document.createElement("div");
    banner.className = "govuk-notification-banner";
    banner.setAttribute("role", "region");
    banner.setAttribute("aria-label", "Partner force contingency");
    banner.dataset.partnerAlert = a.partnerTenant;
    const header = document.createElement("div");
    header.className = "govuk-notification-banner__header";
    const title = document.createElement("h2");
    title.className = "govuk-notification-banner__title";
    title.textContent = "Partner force contingency";
    header.appendChild(title);
    const content = document.createElement("div");
    content.className = "govuk-notification-banner__content";
    const heading = document.createElement("p");
    heading.className = "govuk-notification-banner__heading";
    heading.textContent = `${a.partnerTenant} has switched on its contingency plan ${a.planName} (${a.planCode}) for its queues ${a.queues} until ${time(a.revertAt)}.`;
    const detail = document.createElement("p");
    detail.className = "govuk-body";
    detail.textContent = `Reason: ${a.reason}. Switched on at ${time(a.activatedAt)} by ${a.activatedBy}. Expect more calls under your overflow agreements with ${a.partnerTenant}.`;
    content.append(heading, detail);
    banner.append(header, content);
    return banner;
  }));
}

function createChart() {
  const canvas = document.getElementById("routing-live-chart");
  if (!canvas || typeof window.Chart !== "function") return null;
  canvas.closest("figure").hidden = false;
  return new window.Chart(canvas, {
    type: "line",
    data: { labels: [], datasets: [] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: "Calls waiting" }, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
}

function plot(chart, state) {
  if (!chart) return;
  const data = chart.data;
  data.labels.push(time(state.takenAt));
  for (const q of state.queues) {
    let set = data.datasets.find((d) => d.code === q.code);
    if (!set) {
      const colour = palette[data.datasets.length % palette.length];
      set = { code: q.code, label: q.name, data: data.labels.slice(1).map(() => null), borderColor: colour, backgroundColor: colour, pointRadius: 0, tension: 0.2 };
      data.datasets.push(set);
    }
    set.data.push(q.waiting);
  }
  // One point a second at most is plenty for five minutes; keep the last historySeconds of them.
  while (data.labels.length > historySeconds) {
    data.labels.shift();
    data.datasets.forEach((d) => d.data.shift());
  }
  chart.update("none");
}

if (root && "EventSource" in window) {
  const status = root.querySelector("[data-live-status]");
  const chart = createChart();
  let lastPlotted = 0;
  const source = new EventSource(root.dataset.stream);
  source.addEventListener("open", () => { status.textContent = "Updating live."; });
  source.addEventListener("error", () => { status.textContent = "Live updates interrupted; reconnecting. Refresh the page if this lasts."; });
  source.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    root.querySelector('[data-live="takenAt"]').textContent = time(state.takenAt);
    const last = root.querySelector('[data-live="lastEventAt"]');
    if (last && state.lastEventAt) last.textContent = time(state.lastEventAt);
    renderQueues(state.queues);
    renderCentres(state.centres);
    renderPartners(state.partners);
    const now = Date.now();
    if (now - lastPlotted >= 1000) {
      lastPlotted = now;
      plot(chart, state);
    }
  });
}
