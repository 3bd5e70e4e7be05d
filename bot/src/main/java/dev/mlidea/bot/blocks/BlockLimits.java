package dev.mlidea.bot.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Slack rejects a whole message that breaks one Block Kit limit, so every message is checked here,
 * in one place, before it is stored for sending. A violation is a bug in a renderer (user text must be
 * cut before it gets here), so it fails loudly.
 */
public final class BlockLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int SECTION_TEXT = 3000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int ID_LENGTH = 255;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTIONS_ELEMENTS = 25;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int CHECKBOX_OPTIONS = 10;
    public static final int OPTION_TEXT = 75;
    public static final int OPTION_VALUE = 150;
    public static final int SELECT_OPTIONS = 100;
    public static final int FALLBACK_TEXT = 4000;

    private BlockLimits() {}

    public static List<String> violations(List<LayoutBlock> blocks) {
        var problems = new ArrayList<String>();
        if (blocks.size() > MESSAGE_BLOCKS) problems.add("too many blocks: " + blocks.size());
        var blockIds = new HashSet<String>();
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock s) {
                checkId(problems, s.getBlockId(), blockIds);
                checkText(problems, "section", s.getText(), SECTION_TEXT);
                if (s.getFields() != null && s.getFields().size() > 10) problems.add("too many section fields");
            } else if (block instanceof HeaderBlock h) {
                checkId(problems, h.getBlockId(), blockIds);
                checkText(problems, "header", h.getText(), HEADER_TEXT);
            } else if (block instanceof ContextBlock c) {
                checkId(problems, c.getBlockId(), blockIds);
                if (c.getElements().size() > CONTEXT_ELEMENTS) problems.add("too many context elements");
                c.getElements().forEach(e -> {
                    if (e instanceof TextObject t) checkText(problems, "context", t, SECTION_TEXT);
                });
            } else if (block instanceof ActionsBlock a) {
                checkId(problems, a.getBlockId(), blockIds);
                if (a.getElements().size() > ACTIONS_ELEMENTS) problems.add("too many actions elements");
                var actionIds = new HashSet<String>();
                for (BlockElement element : a.getElements()) checkElement(problems, element, actionIds);
            }
        }
        return problems;
    }

    /** Throws when {@link #violations} finds anything. */
    public static List<LayoutBlock> require(List<LayoutBlock> blocks) {
        var problems = violations(blocks);
        if (!problems.isEmpty()) throw new IllegalStateException("Block Kit limits broken: " + problems);
        return blocks;
    }

    private static void checkElement(List<String> problems, BlockElement element, HashSet<String> actionIds) {
        if (element instanceof ButtonElement b) {
            checkActionId(problems, b.getActionId(), actionIds);
            checkText(problems, "button", b.getText(), BUTTON_TEXT);
            if (b.getValue() != null && b.getValue().length() > BUTTON_VALUE) problems.add("button value too long");
        } else if (element instanceof CheckboxesElement c) {
            checkActionId(problems, c.getActionId(), actionIds);
            if (c.getOptions().size() > CHECKBOX_OPTIONS) problems.add("too many checkbox options");
            checkOptions(problems, c.getOptions());
        } else if (element instanceof StaticSelectElement select) {
            checkActionId(problems, select.getActionId(), actionIds);
            if (select.getOptions().size() > SELECT_OPTIONS) problems.add("too many select options");
            checkOptions(problems, select.getOptions());
        }
    }

    private static void checkOptions(List<String> problems, List<OptionObject> options) {
        for (OptionObject o : options) {
            checkText(problems, "option", o.getText(), OPTION_TEXT);
            if (o.getValue().length() > OPTION_VALUE) problems.add("option value too long");
        }
    }

    private static void checkId(List<String> problems, String id, HashSet<String> seen) {
        if (id == null) return;
        if (id.length() > ID_LENGTH) problems.add("block_id too long: " + id.length());
        if (!seen.add(id)) problems.add("duplicate block_id: " + id);
    }

    private static void checkActionId(List<String> problems, String id, HashSet<String> seen) {
        if (id == null) return;
        if (id.length() > ID_LENGTH) problems.add("action_id too long: " + id.length());
        if (!seen.add(id)) problems.add("duplicate action_id in one block: " + id);
    }

    private static void checkText(List<String> problems, String where, TextObject text, int max) {
        if (text == null) return;
        String value = text instanceof MarkdownTextObject m
                ? m.getText()
                : text instanceof PlainTextObject p ? p.getText() : null;
        if (value == null || value.isEmpty()) problems.add(where + " text is empty");
        else if (value.length() > max) problems.add(where + " text too long: " + value.length() + " > " + max);
    }
}
