// The sandbox page: polls the fake Slack's state, draws it like a small Slack client, and sends what
// a person types or clicks to /sandbox/api/act, which turns it into a signed request to the bot.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const el = Blocks.el;
  const POLL_MS = 700;

  const ui = {
    me: localStorage.getItem("mlidea.sandbox.me") || null,
    channel: null,
    thread: null, // { channel, ts }
    state: null,
    drawn: null,
    viewKey: null,
    viewValues: {},
    messageValues: {},
    seen: JSON.parse(localStorage.getItem("mlidea.sandbox.seen") || "{}"),
  };

  function people() {
    const map = {};
    (ui.state ? ui.state.people : []).forEach((p) => (map[p.id] = p));
    if (ui.state) map[ui.state.bot] = { id: ui.state.bot, name: "mlidea", realName: "mlidea" };
    map.USLACKBOT = { id: "USLACKBOT", name: "slackbot", realName: "Slackbot" };
    return map;
  }

  function channelName(id) {
    const c = ui.state && ui.state.channels.find((x) => x.id === id);
    return c ? c.name : id;
  }

  function toast(text) {
    const t = $("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => (t.hidden = true), 5000);
  }

  async function post(url, body) {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
    if (!res.ok) throw new Error(url + " answered " + res.status);
    const type = res.headers.get("Content-Type") || "";
    return type.indexOf("json") >= 0 ? res.json() : {};
  }

  async function act(body) {
    body.user = ui.me;
    try {
      const answer = await post("/sandbox/api/act", body);
      if (answer.status !== 200) toast("The bot answered HTTP " + answer.status + (answer.body ? ": " + answer.body : ""));
      poll();
      return answer;
    } catch (e) {
      toast(String(e.message || e));
      return null;
    }
  }

  // ---- time --------------------------------------------------------------------------------------

  function when(ms, withDay) {
    const d = new Date(ms);
    const time = d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    return withDay ? d.toLocaleDateString([], { weekday: "short", day: "numeric", month: "short" }) + ", " + time : time;
  }

  function tsMillis(ts) {
    return Math.floor(parseFloat(ts) * 1000);
  }

  // ---- messages ----------------------------------------------------------------------------------

  // Client-side picks last until the app edits the message, as in Slack: keyed by the message's edit.
  function valuesKey(message) {
    return message.ts + "/" + (message.edited ? message.edited.ts : "");
  }

  function blockContext(message) {
    const key = valuesKey(message);
    return {
      saved: (blockId, actionId) => {
        const values = ui.messageValues[key];
        return values && values[blockId] && values[blockId][actionId] ? values[blockId][actionId] : null;
      },
      people: people(),
      channelName,
      allPeople: () => ui.state.people,
      allChannels: () => ui.state.channels,
      openPermalink: (target) => {
        const [channel, ts] = target.split("/");
        openChannel(channel);
        const m = ui.state.messages.find((x) => x.channel === channel && x.ts === ts);
        if (m) openThread(channel, m.thread_ts || ts);
      },
      state: (blockId, actionId, value) => {
        const values = (ui.messageValues[key] = ui.messageValues[key] || {});
        (values[blockId] = values[blockId] || {})[actionId] = value;
      },
      act: (blockId, action) => act({
        kind: "action",
        channel: message.channel,
        message_ts: message.ts,
        action,
        values: ui.messageValues[key] || {},
      }),
    };
  }

  function avatar(userId, isBot) {
    const p = people()[userId];
    const name = isBot ? "ml" : p ? p.realName : "?";
    const a = el("div", "avatar" + (isBot ? " bot" : ""), isBot ? "ml" : name.split(" ").map((w) => w[0]).join("").slice(0, 2).toUpperCase());
    a.dataset.user = userId || "";
    return a;
  }

  function messageView(m, inThread) {
    const isBot = !!m.bot_id;
    const row = el("div", "message" + (m.ephemeral_to ? " ephemeral" : "") + (m.subtype ? " system" : ""));
    row.dataset.ts = m.ts;
    row.dataset.channel = m.channel;
    if (m.thread_ts) row.dataset.threadTs = m.thread_ts;
    if (m.subtype === "channel_join") {
      row.appendChild(el("div", "system-line")).appendChild(Blocks.mrkdwn(m.text, blockContext(m)));
      return row;
    }
    row.appendChild(avatar(m.user, isBot));
    const body = el("div", "message-body");
    const head = el("div", "message-head");
    const p = people()[m.user];
    head.appendChild(el("span", "author", isBot ? "mlidea" : p ? p.realName : m.user));
    if (isBot) head.appendChild(el("span", "app-tag", "APP"));
    head.appendChild(el("span", "time", when(tsMillis(m.ts), true)));
    if (m.edited) head.appendChild(el("span", "edited", "(edited)"));
    body.appendChild(head);
    if (m.ephemeral_to) body.appendChild(el("div", "only-you", Blocks.glyph("eye") + " Only visible to you"));
    const ctx = blockContext(m);
    if (m.blocks && m.blocks.length) body.appendChild(Blocks.render(m.blocks, ctx));
    else if (m.text) body.appendChild(Blocks.mrkdwn(m.text, ctx));
    (m.files || []).forEach((f) => {
      const file = el("figure", "file");
      const img = el("img", "file-image");
      img.src = f.url_private;
      img.alt = f.title || f.name || "file";
      file.appendChild(img);
      file.appendChild(el("figcaption", null, f.title || f.name));
      body.appendChild(file);
    });
    if (!inThread) {
      const replies = ui.state.messages.filter((r) => r.channel === m.channel && r.thread_ts === m.ts && r.ts !== m.ts);
      if (replies.length) {
        const link = el("button", "replies", replies.length + (replies.length === 1 ? " reply" : " replies"));
        link.type = "button";
        link.appendChild(el("span", "last-reply", " · last " + when(tsMillis(replies[replies.length - 1].ts), true)));
        link.addEventListener("click", () => openThread(m.channel, m.ts));
        body.appendChild(link);
      }
    }
    row.appendChild(body);
    return row;
  }

  function keepBottom(container, draw) {
    const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 80;
    const top = container.scrollTop;
    draw();
    container.scrollTop = atBottom ? container.scrollHeight : top;
  }

  function drawMessages() {
    const box = $("messages");
    keepBottom(box, () => {
      box.replaceChildren();
      if (ui.channel === "home") {
        box.appendChild(ui.state.home ? Blocks.render(ui.state.home.blocks, blockContext({ channel: "home" })) : el("div", "empty", "mlidea has no Home tab yet."));
        return;
      }
      const top = ui.state.messages.filter((m) => m.channel === ui.channel && (!m.thread_ts || m.thread_ts === m.ts));
      if (!top.length) box.appendChild(el("div", "empty", emptyText()));
      top.forEach((m) => box.appendChild(messageView(m, false)));
    });
    if (ui.thread) {
      const tbox = $("thread-messages");
      keepBottom(tbox, () => {
        tbox.replaceChildren();
        const root = ui.state.messages.find((m) => m.channel === ui.thread.channel && m.ts === ui.thread.ts);
        if (root) tbox.appendChild(messageView(root, true));
        const replies = ui.state.messages.filter((m) => m.channel === ui.thread.channel && m.thread_ts === ui.thread.ts && m.ts !== ui.thread.ts);
        tbox.appendChild(el("div", "reply-count", replies.length + (replies.length === 1 ? " reply" : " replies")));
        replies.forEach((m) => tbox.appendChild(messageView(m, true)));
      });
    }
  }

  function emptyText() {
    if (ui.channel && ui.channel.startsWith("D")) return "Messages mlidea sends you (reminders, nudges, settings) appear here.";
    const c = ui.state.channels.find((x) => x.id === ui.channel);
    if (c && !c.botIn) return "mlidea is not in this channel. Try /mlidea here: it will ask to be invited (/invite @mlidea).";
    return "Nothing here yet. Type /mlidea and a short title of an ML idea, e.g. /mlidea Churn prediction";
  }

  // ---- sidebar -----------------------------------------------------------------------------------

  function unread(channel) {
    const count = ui.state.messages.filter((m) => m.channel === channel).length;
    if (channel === ui.channel) ui.seen[channel] = count;
    return count - (ui.seen[channel] || 0);
  }

  function navItem(list, id, label, isPrivate) {
    const li = el("li", "nav-item" + (id === ui.channel ? " active" : ""));
    li.dataset.channel = id;
    li.appendChild(el("span", "nav-icon", isPrivate ? Blocks.glyph("lock") : id.startsWith("D") ? "●" : id === "home" ? "⌂" : "#"));
    li.appendChild(el("span", "nav-label", label));
    const n = id === "home" ? 0 : unread(id);
    if (n > 0) {
      li.classList.add("unread");
      li.appendChild(el("span", "badge", String(n)));
    }
    li.addEventListener("click", () => openChannel(id));
    list.appendChild(li);
  }

  function drawSidebar() {
    const s = ui.state;
    $("team-name").textContent = s.team;
    const who = $("who");
    if (!who.options.length) {
      s.people.forEach((p) => {
        const o = el("option", null, p.realName + " · " + p.title);
        o.value = p.id;
        who.appendChild(o);
      });
    }
    who.value = ui.me;
    const list = $("channel-list");
    list.replaceChildren();
    s.channels.forEach((c) => navItem(list, c.id, c.name, c.private));
    const dms = $("dm-list");
    dms.replaceChildren();
    navItem(dms, s.dm, "mlidea", false);
    if (s.home) navItem(dms, "home", "mlidea · Home", false);
    localStorage.setItem("mlidea.sandbox.seen", JSON.stringify(ui.seen));
  }

  function drawHeader() {
    const s = ui.state;
    const c = s.channels.find((x) => x.id === ui.channel);
    $("channel-title").textContent = c ? (c.private ? Blocks.glyph("lock") + " " : "# ") + c.name : ui.channel === "home" ? "mlidea · Home" : "mlidea";
    $("channel-topic").textContent = c ? c.topic : "Your direct messages with the mlidea app";
    $("message-box").placeholder = "Message " + (c ? (c.private ? "" : "#") + c.name : "mlidea");
    $("composer").hidden = ui.channel === "home";
  }

  function drawClock() {
    const s = ui.state;
    $("clock").textContent = when(s.now, true);
    const days = s.offsetSeconds / 86400;
    $("offset").textContent = s.offsetSeconds <= 0 ? "real time" : "real time + " + (days >= 1 ? days.toFixed(days % 1 ? 1 : 0) + " days" : Math.round(s.offsetSeconds / 3600) + " hours");
  }

  // ---- modal -------------------------------------------------------------------------------------

  function drawModal(force) {
    const view = ui.state.view;
    const backdrop = $("modal-backdrop");
    if (!view) {
      backdrop.hidden = true;
      ui.viewKey = null;
      return;
    }
    const key = view.id + "/" + view.hash;
    if (!force && key === ui.viewKey) return;
    if (ui.viewKey === null || ui.viewKey.split("/")[0] !== view.id) ui.viewValues = {};
    ui.viewKey = key;
    ui.viewErrors = null;
    renderModal(view, {});
    backdrop.hidden = false;
  }

  function renderModal(view, errors) {
    const modal = $("modal");
    modal.replaceChildren();
    modal.dataset.callbackId = view.callback_id || "";
    const head = el("div", "modal-head");
    head.appendChild(el("div", "modal-title", Blocks.plain(view.title)));
    const x = el("button", "modal-x", "✕");
    x.type = "button";
    x.addEventListener("click", () => closeView(view));
    head.appendChild(x);
    modal.appendChild(head);
    const values = ui.viewValues;
    const ctx = {
      people: people(),
      channelName,
      allPeople: () => ui.state.people,
      allChannels: () => ui.state.channels,
      errors,
      saved: (blockId, actionId) => (values[blockId] && values[blockId][actionId]) || null,
      state: (blockId, actionId, value) => ((values[blockId] = values[blockId] || {})[actionId] = value),
      act: (blockId, action) => act({ kind: "action", view_id: view.id, action, values }),
    };
    const body = el("div", "modal-body");
    body.appendChild(Blocks.render(view.blocks, ctx));
    modal.appendChild(body);
    const foot = el("div", "modal-foot");
    const cancel = el("button", "bk-button", Blocks.plain(view.close) || "Cancel");
    cancel.type = "button";
    cancel.id = "modal-cancel";
    cancel.addEventListener("click", () => closeView(view));
    foot.appendChild(cancel);
    if (view.submit) {
      const submit = el("button", "bk-button primary", Blocks.plain(view.submit));
      submit.type = "button";
      submit.id = "modal-submit";
      submit.addEventListener("click", () => submitView(view));
      foot.appendChild(submit);
    }
    modal.appendChild(foot);
  }

  async function submitView(view) {
    const answer = await act({ kind: "submit", view_id: view.id, values: ui.viewValues });
    if (!answer || answer.status !== 200) return;
    let body = {};
    try { body = answer.body ? JSON.parse(answer.body) : {}; } catch (e) { body = {}; }
    if (body.response_action === "errors") {
      ui.viewErrors = body.errors || {};
      renderModal(view, ui.viewErrors);
    } else {
      ui.viewErrors = null;
    }
  }

  async function closeView(view) {
    ui.viewErrors = null;
    $("modal-backdrop").hidden = true;
    await act({ kind: "close", view_id: view.id });
  }

  // ---- navigation and typing ---------------------------------------------------------------------

  function openChannel(id) {
    if (ui.channel !== id) closeThread();
    ui.channel = id;
    localStorage.setItem("mlidea.sandbox.channel", id);
    render(true);
  }

  function openThread(channel, ts) {
    ui.thread = { channel, ts };
    $("thread").hidden = false;
    $("thread-channel").textContent = ui.state.channels.some((c) => c.id === channel) ? "#" + channelName(channel) : "mlidea";
    render(true);
    $("thread-box").focus();
  }

  function closeThread() {
    ui.thread = null;
    $("thread").hidden = true;
  }

  function wireComposer(form, box, thread) {
    const send = async () => {
      const text = box.value.trim();
      if (!text) return;
      box.value = "";
      const where = thread() || { channel: ui.channel, ts: null };
      await act({ kind: "type", channel: where.channel, thread_ts: where.ts, text });
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); send(); });
    box.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); }
    });
  }

  async function forward(by) {
    const buttons = document.querySelectorAll("[data-forward], #reset");
    buttons.forEach((b) => (b.disabled = true));
    $("busy").hidden = false;
    const span = { hour: "an hour", day: "a day", week: "a week" }[by] || by;
    $("busy").textContent = "Moving the bot's clock " + span + " forward; what falls due on the way is sent…";
    try {
      await post("/sandbox/api/fast-forward?by=" + by);
    } catch (e) {
      toast(String(e.message || e));
    }
    $("busy").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
    poll();
  }

  async function reset() {
    const button = $("reset");
    if (!button.classList.contains("confirm")) {
      button.classList.add("confirm");
      button.textContent = "Click again: erase everything";
      setTimeout(() => { button.classList.remove("confirm"); button.textContent = "Reset sandbox"; }, 4000);
      return;
    }
    button.classList.remove("confirm");
    button.textContent = "Reset sandbox";
    $("busy").hidden = false;
    $("busy").textContent = "Starting over…";
    try {
      await post("/sandbox/api/reset");
      ui.seen = {};
      ui.messageValues = {};
      closeThread();
    } catch (e) {
      toast(String(e.message || e));
    }
    $("busy").hidden = true;
    poll();
  }

  // ---- the loop ----------------------------------------------------------------------------------

  function render(force) {
    const s = ui.state;
    if (!s) return;
    if (!ui.channel) ui.channel = localStorage.getItem("mlidea.sandbox.channel") || s.channels[0].id;
    if (ui.channel.startsWith("D") && ui.channel !== s.dm) ui.channel = s.dm;
    const key = s.version + "/" + ui.me + "/" + ui.channel + "/" + (ui.thread ? ui.thread.ts : "");
    drawClock();
    drawModal(false);
    if (!force && key === ui.drawn) return;
    ui.drawn = key;
    drawSidebar();
    drawHeader();
    drawMessages();
    document.body.dataset.version = String(s.version);
  }

  async function poll() {
    try {
      const res = await fetch("/sandbox/api/state?user=" + encodeURIComponent(ui.me || ""), { cache: "no-store" });
      if (!res.ok) throw new Error("state answered " + res.status);
      ui.state = await res.json();
      if (!ui.me) ui.me = ui.state.me;
      render(false);
      document.body.classList.remove("offline");
      document.body.classList.toggle("starting", !ui.state.botReady);
    } catch (e) {
      document.body.classList.add("offline");
    }
  }

  $("who").addEventListener("change", (e) => {
    ui.me = e.target.value;
    localStorage.setItem("mlidea.sandbox.me", ui.me);
    ui.viewKey = null;
    closeThread();
    poll();
  });
  $("close-thread").addEventListener("click", closeThread);
  document.querySelectorAll("[data-forward]").forEach((b) => b.addEventListener("click", () => forward(b.dataset.forward)));
  $("reset").addEventListener("click", reset);
  wireComposer($("composer"), $("message-box"), () => null);
  wireComposer($("thread-composer"), $("thread-box"), () => ui.thread);
  poll();
  setInterval(poll, POLL_MS);
})();
