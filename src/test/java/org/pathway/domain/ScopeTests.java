package org.pathway.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scopes as contract.md section 3 writes them, and back. */
class ScopeTests {

	@Test
	void aScopeIsWrittenAsTheContractSaysAndReadBack() {
		assertThat(Scope.NETWORK).hasToString("network");
		assertThat(Scope.funder("ballmer")).hasToString("funder:ballmer");
		assertThat(Scope.member("mi-detroit")).hasToString("member:mi-detroit");
		for (String text : new String[] { "network", "funder:ballmer", "grant:G-1", "member:360G-ORG:St_Peter's",
				"state:MI", "region:Southeast Michigan", "kind:community_partnership" }) {
			assertThat(Scope.parse(text)).hasToString(text);
		}
		assertThat(Scope.parse("region:Los Angeles County").id()).isEqualTo("Los Angeles County");
		assertThat(Scope.parse("funder:ballmer").is(Scope.Kind.FUNDER)).isTrue();
		assertThat(Scope.parse("network")).isSameAs(Scope.NETWORK);
	}

	@Test
	void whatIsNotAScopeIsRefused() {
		for (String text : new String[] { "", "funder", "planet:earth", ":x", "Network" }) {
			assertThatThrownBy(() -> Scope.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> new Scope(Scope.Kind.FUNDER, null)).isInstanceOf(IllegalArgumentException.class);
	}

}
