// Slack's mrkdwn and Block Kit drawn with DOM nodes only: every piece of text goes in through
// textContent or a text node, never as HTML, so nothing a person or the bot wrote can become markup.
"use strict";

const Blocks = (() => {
  const EMOJI = {
    white_check_mark: "✅", warning: "⚠️", thinking_face: "🤔", zzz: "💤", thread: "🧵",
    octagonal_sign: "🛑", no_entry: "⛔", bulb: "💡", wave: "👋", tada: "🎉", seedling: "🌱",
    question: "❓", memo: "📝", mag: "🔍", hourglass: "⌛", heavy_minus_sign: "➖",
    arrows_counterclockwise: "🔄", chart_with_upwards_trend: "📈", calendar: "📅", x: "❌",
    heavy_check_mark: "✔️", rocket: "🚀", eyes: "👀", star: "⭐", pushpin: "📌", bell: "🔔",
    large_green_circle: "🟢", large_yellow_circle: "🟡", red_circle: "🔴", white_circle: "⚪",
  };

  // Where no colour emoji font is installed (a bare Linux, a headless CI browser) emoji draw as
  // empty boxes: the sandbox then uses plain symbols most fonts have.
  const PLAIN = {
    white_check_mark: "✔", warning: "⚠", thinking_face: "?", zzz: "☾", thread: "☰", octagonal_sign: "✖",
    no_entry: "✖", bulb: "✦", wave: "☺", tada: "★", seedling: "✿", question: "?", memo: "✎", mag: "⚲",
    hourglass: "⧗", heavy_minus_sign: "−", arrows_counterclockwise: "↻", chart_with_upwards_trend: "↗",
    calendar: "▦", x: "✖", heavy_check_mark: "✔", rocket: "➚", eyes: "◉", star: "★", pushpin: "•", bell: "♪",
    large_green_circle: "●", large_yellow_circle: "●", red_circle: "●", white_circle: "○", lock: "◈", eye: "◉",
  };

  const HAS_EMOJI = (() => {
    try {
      const c = document.createElement("canvas").getContext("2d");
      c.font = "20px sans-serif";
      // An emoji no font draws is as wide as the "missing glyph" box a private-use character gets.
      return c.measureText("\u{1F512}").width !== c.measureText("\uE000").width;
    } catch (e) {
      return false;
    }
  })();

  function glyph(name) {
    const EXTRA = { lock: "🔒", eye: "👁" };
    return HAS_EMOJI ? EMOJI[name] || EXTRA[name] : PLAIN[name];
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // Slack escapes &, < and > in message text; mrkdwn's own markup uses the real characters.
  function unescape(s) {
    return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function emojify(s) {
    return s.replace(/:([a-z0-9_+-]+):/g, (m, name) => glyph(name) || m);
  }

  function textNode(s) {
    return document.createTextNode(emojify(unescape(s)));
  }

  function isWord(c) {
    return c !== undefined && /[A-Za-z0-9]/.test(c);
  }

  const TOKEN = /`[^`\n]+`|<[^<>\n]+>|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~/g;

  function inline(s, ctx, out) {
    let last = 0;
    TOKEN.lastIndex = 0;
    let m;
    while ((m = TOKEN.exec(s)) !== null) {
      const tok = m[0];
      const start = m.index;
      const end = start + tok.length;
      const c = tok[0];
      if ((c === "*" || c === "_" || c === "~") && (isWord(s[start - 1]) || isWord(s[end]))) {
        TOKEN.lastIndex = start + 1;
        continue;
      }
      if (start > last) out.appendChild(textNode(s.slice(last, start)));
      last = end;
      if (c === "`") out.appendChild(el("code", "bk-code", unescape(tok.slice(1, -1))));
      else if (c === "<") out.appendChild(link(tok.slice(1, -1), ctx));
      else {
        const tag = c === "*" ? "b" : c === "_" ? "i" : "s";
        const inner = el(tag);
        inline(tok.slice(1, -1), ctx, inner);
        out.appendChild(inner);
        TOKEN.lastIndex = end;
      }
    }
    if (last < s.length) out.appendChild(textNode(s.slice(last)));
  }

  function link(body, ctx) {
    const bar = body.indexOf("|");
    const target = bar < 0 ? body : body.slice(0, bar);
    const label = bar < 0 ? null : body.slice(bar + 1);
    if (target.startsWith("@")) {
      const person = ctx.people && ctx.people[target.slice(1)];
      const name = person ? person.realName : (label || target.slice(1));
      return el("span", "mention", "@" + name);
    }
    if (target.startsWith("#")) return el("span", "mention", "#" + (label || ctx.channelName(target.slice(1))));
    if (target.startsWith("!")) {
      if (target.startsWith("!date")) return textNode(label || "");
      return el("span", "mention", "@" + target.slice(1).split("^")[0]);
    }
    const a = el("a", "bk-link", unescape(label || target));
    const url = unescape(target);
    if (/^https?:\/\//i.test(url) || /^mailto:/i.test(url)) {
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      const hash = url.indexOf("/sandbox#");
      if (hash >= 0 && ctx.openPermalink) {
        a.addEventListener("click", (e) => { e.preventDefault(); ctx.openPermalink(url.slice(hash + 9)); });
      }
    }
    return a;
  }

  // mrkdwn: ``` blocks, > quotes, lines, then inline markup.
  function mrkdwn(text, ctx) {
    const frag = el("div", "mrkdwn");
    const parts = String(text || "").split("```");
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        frag.appendChild(el("pre", "bk-pre", unescape(part.replace(/^\n/, ""))));
        return;
      }
      const lines = part.split("\n");
      lines.forEach((line, j) => {
        if (line.startsWith("&gt; ") || line.startsWith("> ")) {
          const q = el("div", "bk-quote");
          inline(line.replace(/^(&gt;|>) /, ""), ctx, q);
          frag.appendChild(q);
          return;
        }
        const span = el("span");
        inline(line, ctx, span);
        frag.appendChild(span);
        if (j < lines.length - 1) frag.appendChild(el("br"));
      });
    });
    return frag;
  }

  function text(obj, ctx) {
    if (!obj) return el("span");
    if (typeof obj === "string") return mrkdwn(obj, ctx);
    if (obj.type === "mrkdwn") return mrkdwn(obj.text, ctx);
    return el("span", "plain", emojify(obj.text || ""));
  }

  function plain(obj) {
    return obj ? emojify(obj.text || "") : "";
  }

  function optionsOf(element) {
    if (element.options) return element.options.map((o) => ({ group: null, o }));
    const all = [];
    (element.option_groups || []).forEach((g) => (g.options || []).forEach((o) => all.push({ group: plain(g.label), o })));
    return all;
  }

  function optionValue(o) {
    return { text: o.text, value: o.value };
  }

  // One interactive element. ctx.state(blockId, actionId, value) records what a modal submits;
  // ctx.act(blockId, action) sends a block action (messages, or a modal's actions blocks).
  function element(e, blockId, ctx, inInput) {
    const dispatch = !inInput || e.dispatch_action;
    const send = (action) => {
      if (dispatch) ctx.act(blockId, Object.assign({ action_id: e.action_id, block_id: blockId }, action));
    };
    const record = (value) => ctx.state(blockId, e.action_id, value);
    // What the person picked before this message or modal was drawn again (Slack keeps it client-side).
    const saved = ctx.saved ? ctx.saved(blockId, e.action_id) : null;
    switch (e.type) {
      case "button": {
        const b = el("button", "bk-button" + (e.style ? " " + e.style : ""), plain(e.text));
        b.type = "button";
        b.dataset.actionId = e.action_id || "";
        if (e.value !== undefined) b.dataset.value = e.value;
        b.addEventListener("click", () => send({ type: "button", value: e.value, text: e.text }));
        if (e.url) b.title = e.url;
        return b;
      }
      case "static_select":
      case "external_select":
      case "overflow": {
        const s = el("select", "bk-select");
        s.dataset.actionId = e.action_id || "";
        const ph = el("option", null, e.type === "overflow" ? "⋯" : plain(e.placeholder) || "Choose…");
        ph.value = "";
        s.appendChild(ph);
        const entries = optionsOf(e);
        let group = null, groupEl = null;
        entries.forEach(({ group: g, o }) => {
          const opt = el("option", null, plain(o.text));
          opt.value = o.value;
          const init = saved ? saved.selected_option : e.initial_option;
          if (init && init.value === o.value) opt.selected = true;
          if (g) {
            if (g !== group) { groupEl = el("optgroup"); groupEl.label = g; s.appendChild(groupEl); group = g; }
            groupEl.appendChild(opt);
          } else s.appendChild(opt);
        });
        const current = () => {
          const found = entries.find((x) => x.o.value === s.value);
          return found ? optionValue(found.o) : null;
        };
        if (current()) record({ type: e.type, selected_option: current() });
        s.addEventListener("change", () => {
          const picked = current();
          record({ type: e.type, selected_option: picked });
          if (picked) send({ type: e.type, selected_option: picked });
        });
        return s;
      }
      case "users_select":
      case "multi_users_select":
      case "conversations_select":
      case "channels_select":
      case "multi_conversations_select": {
        const people = e.type.indexOf("users") >= 0;
        const multi = e.type.startsWith("multi_");
        const s = el("select", "bk-select" + (multi ? " multi" : ""));
        s.dataset.actionId = e.action_id || "";
        if (multi) s.multiple = true;
        else { const ph = el("option", null, plain(e.placeholder) || "Choose…"); ph.value = ""; s.appendChild(ph); }
        const choices = people
          ? ctx.allPeople().map((p) => [p.id, p.realName])
          : ctx.allChannels().map((c) => [c.id, (c.private ? glyph("lock") + " " : "# ") + c.name]);
        const before = saved && (saved.selected_users || saved.selected_user || saved.selected_conversation
          || saved.selected_conversations || saved.selected_channel);
        const initial = [].concat(before || e.initial_users || e.initial_user || e.initial_conversations
          || e.initial_conversation || e.initial_channel || []);
        choices.forEach(([id, name]) => {
          const opt = el("option", null, name);
          opt.value = id;
          if (initial.indexOf(id) >= 0) opt.selected = true;
          s.appendChild(opt);
        });
        const key = people ? (multi ? "selected_users" : "selected_user")
          : e.type === "channels_select" ? "selected_channel"
          : multi ? "selected_conversations" : "selected_conversation";
        const value = () => multi ? Array.from(s.selectedOptions).map((o) => o.value) : (s.value || null);
        if (initial.length) record({ type: e.type, [key]: value() });
        s.addEventListener("change", () => {
          const v = value();
          record({ type: e.type, [key]: v });
          send({ type: e.type, [key]: v });
        });
        return s;
      }
      case "checkboxes":
      case "radio_buttons": {
        const box = el("div", "bk-choices");
        const radio = e.type === "radio_buttons";
        const name = "r" + Math.random().toString(36).slice(2);
        const inputs = [];
        const current = () => (e.options || []).filter((o, i) => inputs[i].checked).map(optionValue);
        (e.options || []).forEach((o) => {
          const label = el("label", "bk-choice");
          const input = el("input");
          input.type = radio ? "radio" : "checkbox";
          input.name = name;
          input.value = o.value;
          const init = saved
            ? (radio ? (saved.selected_option ? [saved.selected_option] : []) : (saved.selected_options || []))
            : radio ? (e.initial_option ? [e.initial_option] : []) : (e.initial_options || []);
          input.checked = init.some((x) => x.value === o.value);
          inputs.push(input);
          label.appendChild(input);
          const words = el("span");
          words.appendChild(text(o.text, ctx));
          if (o.description) words.appendChild(el("div", "bk-hint", plain(o.description)));
          label.appendChild(words);
          box.appendChild(label);
          input.addEventListener("change", () => {
            const picked = current();
            const v = radio ? { type: e.type, selected_option: picked[0] || null } : { type: e.type, selected_options: picked };
            record(v);
            send(v);
          });
        });
        box.dataset.actionId = e.action_id || "";
        const picked = current();
        record(radio ? { type: e.type, selected_option: picked[0] || null } : { type: e.type, selected_options: picked });
        return box;
      }
      case "plain_text_input":
      case "number_input":
      case "email_text_input":
      case "url_text_input": {
        const input = e.multiline ? el("textarea", "bk-text") : el("input", "bk-text");
        if (!e.multiline) input.type = "text";
        if (e.multiline) input.rows = 3;
        input.dataset.actionId = e.action_id || "";
        input.placeholder = plain(e.placeholder);
        if (saved && saved.value !== undefined) input.value = saved.value || "";
        else if (e.initial_value !== undefined) input.value = e.initial_value;
        if (e.max_length) input.maxLength = e.max_length;
        record({ type: e.type, value: input.value === "" ? null : input.value });
        input.addEventListener("input", () => record({ type: e.type, value: input.value === "" ? null : input.value }));
        return input;
      }
      case "datepicker": {
        const input = el("input", "bk-text date");
        input.type = "date";
        input.dataset.actionId = e.action_id || "";
        if (saved) input.value = saved.selected_date || "";
        else if (e.initial_date) input.value = e.initial_date;
        record({ type: e.type, selected_date: input.value || null });
        input.addEventListener("change", () => {
          const v = { type: e.type, selected_date: input.value || null };
          record(v);
          send(v);
        });
        return input;
      }
      case "image": {
        const img = el("img", "bk-thumb");
        img.src = e.image_url;
        img.alt = e.alt_text || "";
        return img;
      }
      default:
        return el("span", "bk-unknown", "[" + e.type + "]");
    }
  }

  function block(b, ctx) {
    const wrap = el("div", "bk bk-" + b.type);
    if (b.block_id) wrap.dataset.blockId = b.block_id;
    switch (b.type) {
      case "header":
        wrap.textContent = plain(b.text);
        break;
      case "divider":
        break;
      case "section": {
        const body = el("div", "bk-section-body");
        if (b.text) body.appendChild(text(b.text, ctx));
        if (b.fields) {
          const fields = el("div", "bk-fields");
          b.fields.forEach((f) => fields.appendChild(el("div", "bk-field")).appendChild(text(f, ctx)));
          body.appendChild(fields);
        }
        wrap.appendChild(body);
        if (b.accessory) wrap.appendChild(el("div", "bk-accessory")).appendChild(element(b.accessory, b.block_id, ctx, false));
        break;
      }
      case "context":
        (b.elements || []).forEach((e) => {
          if (e.type === "image") {
            const img = el("img", "bk-context-img");
            img.src = e.image_url;
            img.alt = e.alt_text || "";
            wrap.appendChild(img);
          } else wrap.appendChild(text(e, ctx));
        });
        break;
      case "actions":
        (b.elements || []).forEach((e) => wrap.appendChild(element(e, b.block_id, ctx, false)));
        break;
      case "image": {
        if (b.title) wrap.appendChild(el("div", "bk-image-title", plain(b.title)));
        const img = el("img", "bk-image");
        img.src = b.image_url || (b.slack_file && b.slack_file.url) || "";
        img.alt = b.alt_text || "";
        wrap.appendChild(img);
        break;
      }
      case "input": {
        const label = el("div", "bk-label", plain(b.label));
        if (b.optional) label.appendChild(el("span", "bk-optional", " (optional)"));
        wrap.appendChild(label);
        wrap.appendChild(element(b.element, b.block_id, ctx, true));
        if (b.hint) wrap.appendChild(el("div", "bk-hint", plain(b.hint)));
        const error = ctx.errors && ctx.errors[b.block_id];
        if (error) wrap.appendChild(el("div", "bk-error", error));
        break;
      }
      case "rich_text":
        wrap.appendChild(el("div", null, richText(b)));
        break;
      default:
        wrap.appendChild(el("span", "bk-unknown", "[" + b.type + " block]"));
    }
    return wrap;
  }

  function richText(b) {
    const words = [];
    const walk = (n) => {
      if (n.text) words.push(n.text);
      (n.elements || []).forEach(walk);
    };
    walk(b);
    return words.join("");
  }

  function render(blocks, ctx) {
    const frag = el("div", "bk-blocks");
    (blocks || []).forEach((b) => frag.appendChild(block(b, ctx)));
    return frag;
  }

  return { el, mrkdwn, text, plain, render, glyph };
})();
