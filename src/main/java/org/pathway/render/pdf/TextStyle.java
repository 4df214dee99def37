package org.pathway.render.pdf;

import java.awt.Color;

/**
 * How a piece of text looks: size in points, weight and colour; the key of the fonts made
 * per document.
 */
record TextStyle(float size, boolean bold, Color colour) {

	static final Color TEXT = new Color(0x22, 0x22, 0x22);

	static final Color GREY = new Color(0x6B, 0x6B, 0x6B);

	static TextStyle body() {
		return new TextStyle(10, false, TEXT);
	}

	static TextStyle small() {
		return new TextStyle(8, false, GREY);
	}

	static TextStyle strong() {
		return new TextStyle(10, true, TEXT);
	}

	TextStyle sized(float points) {
		return new TextStyle(points, this.bold, this.colour);
	}

	TextStyle coloured(Color colour) {
		return new TextStyle(this.size, this.bold, colour);
	}

}
