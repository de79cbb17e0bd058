package org.radcurate.ui.annotate;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.radcurate.ui.common.AnnotateCss;

/** A few small vector icons (no icon font to download), coloured by CSS via the text colour. */
public final class Icons {
    private Icons() {}

    public static final String UNDO = "M4 7h7a4 4 0 0 1 0 8H7v-2h4a2 2 0 0 0 0-4H4v3L0 8l4-4z";
    public static final String REDO = "M12 7H5a4 4 0 0 0 0 8h4v-2H5a2 2 0 0 1 0-4h7v3l4-4-4-4z";
    public static final String FLAG = "M2 1h2v14H2zM5 2h9l-2 3 2 3H5z";
    public static final String CHECK = "M6 11.2 2.8 8 1.4 9.4 6 14l9-9-1.4-1.4z";
    public static final String SKIP = "M2 3l7 5-7 5zM9 3l7 5-7 5z";
    public static final String SNOWFLAKE = "M7 0h2v16H7zM0 7h16v2H0zM2.3 3.7l1.4-1.4 10 10-1.4 1.4zM12.3 2.3l1.4 1.4-10 10-1.4-1.4z";
    public static final String PERSON = "M8 8a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm-6 7c0-3 2.7-5 6-5s6 2 6 5z";
    public static final String MOON = "M10 1a7 7 0 1 0 5 11A6 6 0 0 1 10 1z";
    public static final String HELP = "M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm1 13H7v-2h2zm1.6-6.2C10 7.6 9 8 9 9.5H7C7 7 8.6 6.6 9 6c.4-.6 0-2-1-2s-1.6.6-1.7 1.5H4.3C4.5 3.5 6 2 8 2c2.6 0 3.8 2.8 2.6 4.8z";
    public static final String EXPORT = "M7 0h2v9l3-3 1.4 1.4L8 12.8 2.6 7.4 4 6l3 3zM1 14h14v2H1z";
    public static final String TEACHER = "M8 1 0 5l8 4 6-3v5h2V5zM3 8v3c0 1.5 2.2 3 5 3s5-1.5 5-3V8l-5 2.5z";
    public static final String STUDENT = "M3 2h10a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H9v2h2v1H5v-1h2v-2H3a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm1 2v6h8V4z";
    public static final String COMMENT = "M1 2h14v9H6l-4 3v-3H1z";
    public static final String DIFF = "M8 0 16 14H0zm-1 5v4h2V5zm0 5v2h2v-2z";

    /** A 16-unit icon scaled to the font size. */
    public static Node of(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        Region icon = new Region();
        icon.setShape(svg);
        icon.getStyleClass().add(AnnotateCss.ICON);
        icon.setMinSize(14, 14);
        icon.setPrefSize(14, 14);
        icon.setMaxSize(14, 14);
        return icon;
    }
}
