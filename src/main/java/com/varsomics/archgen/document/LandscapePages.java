package com.varsomics.archgen.document;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each diagram the {@code diagrama::} macro marked for a landscape page ({@code pagina=paisagem}) between a page
 * break to a landscape page and one back to portrait. Done here, after parsing, because a block macro returns one
 * block, and only a returned block gets its anchor registered for cross-references.
 */
final class LandscapePages extends Treeprocessor {

    static final String ROLE = "pagina-paisagem";

    @Override
    public Document process(Document document) {
        surround(document);
        return document;
    }

    private void surround(StructuralNode node) {
        List<StructuralNode> blocks = node.getBlocks();
        if (blocks == null) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            if ("image".equals(block.getContext()) && block.hasRole(ROLE)) {
                blocks.add(i, pageBreak(node, "landscape"));
                blocks.add(i + 2, pageBreak(node, "portrait"));
                i += 2;
            } else {
                surround(block);
            }
        }
    }

    private StructuralNode pageBreak(StructuralNode parent, String layout) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("page-layout", layout);
        return createBlock(parent, "page_break", (String) null, attributes);
    }
}
