package dev.schemata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The lifecycle mapping Eclipse m2e reads from the plugin jar: where it is, that it parses, what it says. */
class M2eLifecycleMappingTest {
    private static final String RESOURCE = "/META-INF/m2e/lifecycle-mapping-metadata.xml";

    @Test
    void generateRunsOnConfigurationOnlyAndPlanAndApplyAreIgnored() throws Exception {
        Document xml;
        try (InputStream in = GenerateMojo.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is not on the plugin's class path");
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        assertEquals("lifecycleMappingMetadata", xml.getDocumentElement().getTagName());

        Map<String, String> actionByGoal = new TreeMap<>();
        NodeList executions = xml.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            String action = describe(child(execution, "action"));
            for (String goal : texts(execution, "goal")) {
                actionByGoal.put(goal, action);
            }
        }
        assertEquals(Map.of(
                "generate", "execute runOnIncremental=false runOnConfiguration=true",
                "plan", "ignore",
                "apply", "ignore",
                "check", "ignore"), actionByGoal);
    }

    private static String describe(Element action) {
        Element kind = firstElement(action);
        if (!kind.getTagName().equals("execute")) {
            return kind.getTagName();
        }
        return "execute runOnIncremental=" + texts(kind, "runOnIncremental").get(0)
                + " runOnConfiguration=" + texts(kind, "runOnConfiguration").get(0);
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagName(name).item(0);
    }

    private static Element firstElement(Element parent) {
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> is empty");
    }

    private static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
