package org.sahelsim.scenario;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ScenarioException.Kind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text into a {@link ConfigNode} tree with SnakeYAML's composer: nodes with positions
 * and no object construction, so a file can never make the loader instantiate a class. Any explicit
 * tag ({@code !!java.io.File}, {@code !!str}, {@code !custom}) is rejected, as are merge keys.
 */
public final class YamlParser {

    /** Aliases may share subtrees; this bounds how far they can blow a tree up. */
    private static final int MAX_NODES = 1_000_000;

    private final String file;
    /** False for text that is not a file (overrides, defaults): fragment line numbers would mislead. */
    private final boolean positions;
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    private YamlParser(String file, boolean positions) {
        this.file = file;
        this.positions = positions;
    }

    /** Parses a whole file's bytes (UTF-8/16/32, BOM allowed); an empty document is an empty mapping. */
    public static ConfigNode parseDocument(byte[] bytes, String file) {
        Node root = compose(new UnicodeReader(new ByteArrayInputStream(bytes)), file);
        return root == null ? ConfigNode.Mapping.empty(new Origin(file, 1, 1)) : fromYamlNode(root, file);
    }

    /** Parses a YAML value written as text (an override, a default); empty text is null. */
    public static ConfigNode parseFragment(String text, String label) {
        Node root = compose(new StringReader(text), label);
        return root == null ? new ConfigNode.Scalar("", ScalarKind.NULL, Origin.of(label))
                : new YamlParser(label, false).convert(root, "");
    }

    /** Converts an already composed SnakeYAML node; {@code file} labels its positions. */
    public static ConfigNode fromYamlNode(Node node, String file) {
        return new YamlParser(file, true).convert(node, "");
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setProcessComments(false);
        return options;
    }

    private static Node compose(Reader reader, String file) {
        LoaderOptions options = options();
        try {
            Composer composer = new TagRejectingComposer(
                    new ParserImpl(new StreamReader(reader), options), options, file);
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, file);
        } catch (YAMLException e) {
            throw new ScenarioException(Kind.SYNTAX, Origin.of(file), "", "malformed YAML: " + e.getMessage(), e);
        }
    }

    private static ScenarioException syntaxError(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        StringBuilder detail = new StringBuilder("malformed YAML: ").append(e.getProblem());
        if (e.getContext() != null && e.getContextMark() != null) {
            detail.append(" (").append(e.getContext()).append(" at line ")
                    .append(e.getContextMark().getLine() + 1).append(')');
        }
        return new ScenarioException(Kind.SYNTAX, Origin.at(file, mark), "", detail.toString(), e);
    }

    private ConfigNode convert(Node node, String path) {
        if (++nodes > MAX_NODES || !inProgress.add(node)) {
            throw new ScenarioException(Kind.UNSUPPORTED, origin(node.getStartMark()), path,
                    "aliases expand to a recursive or oversized tree " + ValueMapper.where(path));
        }
        try {
            Origin origin = origin(node.getStartMark());
            if (node instanceof ScalarNode scalar) {
                return new ConfigNode.Scalar(scalar.getValue(),
                        ScalarKind.of(scalar.getValue(), scalar.isPlain()), origin);
            }
            if (node instanceof SequenceNode sequence) {
                List<ConfigNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, path + "[" + items.size() + "]"));
                }
                return new ConfigNode.Sequence(items, origin);
            }
            return convertMapping((MappingNode) node, path, origin);
        } finally {
            inProgress.remove(node);
        }
    }

    private ConfigNode convertMapping(MappingNode node, String path, Origin origin) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Origin keyOrigin = origin(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new ScenarioException(Kind.TYPE, keyOrigin, path, "keys must be plain names, got "
                        + describe(tuple.getKeyNode()) + " " + ValueMapper.where(path));
            }
            String key = keyNode.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (keyNode.isPlain() && "<<".equals(key)) {
                throw new ScenarioException(Kind.UNSUPPORTED, keyOrigin, path, "merge keys (<<) are not supported "
                        + ValueMapper.where(path) + "; use 'extends' or write the keys out");
            }
            Entry first = entries.get(key);
            if (first != null) {
                throw new ScenarioException(Kind.DUPLICATE_KEY, keyOrigin, keyPath, "duplicate key '" + key
                        + "' " + ValueMapper.where(path) + "; first at line " + first.keyOrigin().line());
            }
            entries.put(key, new Entry(key, keyOrigin, convert(tuple.getValueNode(), keyPath)));
        }
        return new ConfigNode.Mapping(entries, origin);
    }

    private Origin origin(Mark mark) {
        return positions ? Origin.at(file, mark) : Origin.of(file);
    }

    private static String describe(Node node) {
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /**
     * SnakeYAML's composer with one change: a node that carries an explicit tag is an error, raised
     * before SnakeYAML looks at the tag at all. Plain data needs no tags, and a tag that names a Java
     * class is how YAML loaders get tricked into building objects.
     */
    private static final class TagRejectingComposer extends Composer {
        private final String file;

        TagRejectingComposer(ParserImpl parser, LoaderOptions options, String file) {
            super(parser, new Resolver(), options);
            this.file = file;
        }

        @Override
        protected Node composeScalarNode(String anchor, List<CommentLine> comments) {
            Event event = parser.peekEvent();
            rejectTag(((ScalarEvent) event).getTag(), event);
            return super.composeScalarNode(anchor, comments);
        }

        @Override
        protected Node composeSequenceNode(String anchor) {
            Event event = parser.peekEvent();
            rejectTag(((CollectionStartEvent) event).getTag(), event);
            return super.composeSequenceNode(anchor);
        }

        @Override
        protected Node composeMappingNode(String anchor) {
            Event event = parser.peekEvent();
            rejectTag(((CollectionStartEvent) event).getTag(), event);
            return super.composeMappingNode(anchor);
        }

        private void rejectTag(String tag, Event event) {
            if (tag != null) {
                throw new ScenarioException(Kind.UNSUPPORTED, Origin.at(file, event.getStartMark()), "",
                        "YAML tags are not allowed in scenario files, found '" + shortTag(tag)
                                + "'; write plain values");
            }
        }

        private static String shortTag(String tag) {
            String standard = "tag:yaml.org,2002:";
            return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
        }
    }
}
