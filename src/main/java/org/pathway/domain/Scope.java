package org.pathway.domain;

import java.util.Locale;

/**
 * What a metric value or a report covers (contract.md section 3): the network, or one
 * funder, grant, member, state, region or kind of member; a report may also cover one
 * reporting requirement. Written {@code network} or {@code KIND:ID}
 * ({@code funder:ballmer}, {@code state:MI}) in metrics.csv, the Metrics sheet and the
 * manifest; this type is the only place that knows the spelling.
 *
 * @param kind what sort of scope
 * @param id the funder, grant, member, state, region or kind; null for the network
 */
public record Scope(Kind kind, String id) implements Comparable<Scope> {

	/** The sorts of scope, with the word each is written with. */
	public enum Kind {

		NETWORK, FUNDER, GRANT, MEMBER, STATE, REGION, KIND,
		/**
		 * One reporting requirement's report (a funder report on one grant and period).
		 */
		REQUIREMENT;

		/** {@code funder:}, {@code member:}...: how a scope of this kind starts. */
		public String prefix() {
			return word() + ":";
		}

		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The whole network. */
	public static final Scope NETWORK = new Scope(Kind.NETWORK, null);

	public Scope {
		if ((kind == Kind.NETWORK) != (id == null)) {
			throw new IllegalArgumentException("the network has no id; every other scope has one");
		}
	}

	public static Scope funder(String id) {
		return new Scope(Kind.FUNDER, id);
	}

	public static Scope grant(String id) {
		return new Scope(Kind.GRANT, id);
	}

	public static Scope requirement(String id) {
		return new Scope(Kind.REQUIREMENT, id);
	}

	public static Scope member(String id) {
		return new Scope(Kind.MEMBER, id);
	}

	/** A scope as written; refused when it is not one. */
	public static Scope parse(String text) {
		if (Kind.NETWORK.word().equals(text)) {
			return NETWORK;
		}
		int colon = text.indexOf(':');
		if (colon > 0) {
			String word = text.substring(0, colon);
			for (Kind kind : Kind.values()) {
				if (kind != Kind.NETWORK && kind.word().equals(word)) {
					return new Scope(kind, text.substring(colon + 1));
				}
			}
		}
		throw new IllegalArgumentException("not a scope: " + text);
	}

	public boolean is(Kind other) {
		return this.kind == other;
	}

	@Override
	public String toString() {
		return (this.kind == Kind.NETWORK) ? Kind.NETWORK.word() : this.kind.prefix() + this.id;
	}

	@Override
	public int compareTo(Scope other) {
		return toString().compareTo(other.toString());
	}

}
