package org.pathway.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed network of the synthetic data: 70 fictional members in 30 states and D.C.,
 * with the size of a typical grade cohort, a demographic profile and a low-income share
 * that drive the outcomes.
 */
final class MemberRoster {

	static final String PARTNERSHIP = "community_partnership";

	static final String COALITION = "state_policy_coalition";

	static final String SE_MICHIGAN = "Southeast Michigan";

	static final String LA_COUNTY = "Los Angeles County";

	static final String WASHINGTON = "Washington State";

	/**
	 * One member. {@code cohort} is the size of a typical grade cohort (0 for coalitions,
	 * which report no outcomes); {@code profile} picks a race/ethnicity mix of
	 * {@link OutcomeModel}.
	 */
	record Member(int index, String id, String name, String kind, String state, String region, int cohort, char profile,
			double lowIncome) {

		boolean coalition() {
			return COALITION.equals(this.kind);
		}

	}

	// id | name | P(artnership) or C(oalition) | state | region | cohort | profile |
	// low-income share
	private static final String[] TABLE = { "mi-detroit|Detroit Cradle to Career Compact|P|MI|SEM|14000|B|0.82",
			"mi-washtenaw|Washtenaw Learning Commons|P|MI|SEM|3800|M|0.38",
			"mi-oakland|Oakland County Youth Thrive Network|P|MI|SEM|8500|W|0.33",
			"mi-macomb|Macomb Futures Partnership|P|MI|SEM|6200|D|0.45",
			"mi-kalamazoo|Kalamazoo River Valley Learning Network|P|MI||2600|M|0.55",
			"ca-longbeach|Long Beach Harbor Learning Alliance|P|CA|LAC|5600|L|0.66",
			"ca-pasadena|Pasadena–Altadena Youth Compact|P|CA|LAC|2300|L|0.55",
			"ca-pomona|Pomona Valley Cradle to Career|P|CA|LAC|3900|H|0.8",
			"ca-southla|South LA Learning Futures|P|CA|LAC|11000|L|0.88",
			"ca-salinas|Comunidad Próspera Salinas|P|CA||3300|H|0.78",
			"ca-fresno|Central Valley Roots to Routes|P|CA||8200|H|0.8",
			"wa-spokane|Inland Northwest Learning Partnership|P|WA|WA|3200|W|0.5",
			"wa-tacoma|Learn, Earn & Thrive Tacoma|P|WA|WA|3700|A|0.55",
			"wa-yakima|Puente al Futuro Yakima Valley|P|WA|WA|2900|H|0.75",
			"wa-rainier|Rainier Valley Cradle to Career|P|WA|WA|4600|A|0.6",
			"wa-coalition|Washington Cradle to Career Policy Coalition|C|WA|WA|0|M|0",
			"oh-cincinnati|Queen City Cradle to Career Partnership|P|OH||8800|M|0.7",
			"oh-dayton|Gem City Learning Compact|P|OH||3400|M|0.75",
			"oh-akron|Whole Child Partnership of Greater Akron|P|OH||2700|M|0.7",
			"oh-coalition|Ohio Education-to-Workforce Policy Coalition|C|OH||0|M|0",
			"tx-rgv|Alianza Educativa del Valle|P|TX||10500|H|0.88",
			"tx-sanantonio|Éxito Juntos San Antonio|P|TX||13500|H|0.75",
			"tx-houston|Bayou City Northside Partnership|P|TX||8000|M|0.8",
			"tx-elpaso|Paso del Norte Youth Compact|P|TX||6800|H|0.7",
			"tx-coalition|Texas Cradle to Career Policy Alliance|C|TX||0|M|0",
			"mn-minneapolis|Mississippi Riverfront Learning Partnership|P|MN||5800|M|0.6",
			"mn-duluth|Arrowhead Children's Futures|P|MN||1400|N|0.45",
			"mn-coalition|Minnesota Policy Coalition for Children and Youth|C|MN||0|M|0",
			"dc-anacostia|Anacostia River Learning Alliance|P|DC||4300|B|0.85",
			"in-indianapolis|Crossroads Learning Partnership|P|IN||7800|M|0.7",
			"in-southbend|St. Joseph Valley Learning Network|P|IN||2100|M|0.6",
			"ky-louisville|Falls City Cradle to Career|P|KY||7300|M|0.65",
			"ky-northern|Northern Kentucky Education Compact|P|KY||2900|W|0.45",
			"tn-memphis|Bluff City Learning Collaborative|P|TN||9800|B|0.85",
			"tn-chattanooga|Scenic City Youth Futures|P|TN||2900|M|0.6",
			"ga-atlanta|Peachtree Pathways Partnership|P|GA||11500|B|0.7",
			"ga-albany|Southwest Georgia Rising Together|P|GA||1200|B|0.9",
			"fl-tampa|Tampa Bay Learning Compact|P|FL||8900|M|0.6",
			"fl-jacksonville|First Coast Youth Pathways|P|FL||6900|M|0.6",
			"nc-durham|Bull City Learning Partnership|P|NC||3400|M|0.6",
			"nc-charlotte|Piedmont Cradle to Career|P|NC||9700|M|0.55",
			"va-richmond|River City Learning Commons|P|VA||4400|B|0.7",
			"va-hamptonroads|Hampton Roads Youth Compact|P|VA||5900|M|0.55",
			"md-baltimore|Chesapeake Harbor Cradle to Career|P|MD||7900|B|0.8",
			"pa-pittsburgh|Three Rivers Learning Alliance|P|PA||6400|M|0.6",
			"pa-erie|Lake Erie Youth Futures|P|PA||1800|W|0.65",
			"ny-rochester|Flower City Learning Partnership|P|NY||4500|B|0.85",
			"ny-buffalo|Niagara Frontier Learning Network|P|NY||5900|M|0.8",
			"ny-bronx|South Bronx Youth Pathways|P|NY||9000|H|0.9",
			"ma-worcester|Heart of the Commonwealth Learning Partnership|P|MA||3500|M|0.6",
			"nj-newark|Ironbound to Opportunity Newark|P|NJ||5400|M|0.8",
			"nj-camden|Camden Children's Collaborative|P|NJ||1500|B|0.9",
			"wi-milwaukee|Brew City \"Every Child\" Compact|P|WI||8700|B|0.8",
			"wi-madison|Four Lakes Learning Partnership|P|WI||2400|W|0.45",
			"il-chicago|West Side Chicago Learning Collaborative|P|IL||9900|B|0.88",
			"il-rockford|Rock River Valley Youth Compact|P|IL||2400|M|0.7",
			"mo-kansascity|Heartland Cradle to Career|P|MO||7700|M|0.7",
			"mo-stlouis|Gateway Youth Futures|P|MO||8600|B|0.8", "ne-omaha|Big Muddy Youth Pathways|P|NE||4400|M|0.6",
			"ok-tulsa|Green Country Cradle to Career|P|OK||4900|N|0.7",
			"ok-okc|Red Dirt Learning Alliance|P|OK||6100|N|0.72",
			"co-denver|Front Range Learning Compact|P|CO||6900|H|0.6",
			"co-pueblo|Southern Colorado Youth Futures|P|CO||1700|H|0.7",
			"az-phoenix|Valley of the Sun Youth Futures|P|AZ||14800|H|0.7",
			"az-tucson|Sonoran Desert Learning Partnership|P|AZ||5900|H|0.65",
			"nm-albuquerque|Nuestra Niñez Albuquerque|P|NM||4900|N|0.75",
			"or-portland|Rose City Learning Collaborative|P|OR||6800|A|0.5",
			"ut-saltlake|Wasatch Front Pathways|P|UT||6900|W|0.4",
			"hi-honolulu|Keiki to Career Hawaiʻi|P|HI||4800|P|0.5",
			"al-birmingham|Magic City Cradle to Career|P|AL||4900|B|0.85" };

	/**
	 * Small members whose student-level records make up the youth file of a SMALL sample.
	 */
	static final List<String> YOUTH_SMALL = List.of("mn-duluth", "pa-erie", "ga-albany", "nj-camden");

	/**
	 * Large members whose student-level records make up the youth file of a NETWORK
	 * sample.
	 */
	static final List<String> YOUTH_NETWORK = List.of("az-phoenix", "tx-sanantonio", "mi-detroit", "ga-atlanta",
			"ca-southla", "tx-rgv", "tn-memphis", "il-chicago", "ny-bronx");

	private static final List<Member> MEMBERS = parse();

	private MemberRoster() {
	}

	static List<Member> members() {
		return MEMBERS;
	}

	static Member byId(String id) {
		for (Member member : MEMBERS) {
			if (member.id().equals(id)) {
				return member;
			}
		}
		throw new IllegalArgumentException("no member " + id);
	}

	private static List<Member> parse() {
		List<Member> members = new ArrayList<>();
		for (String line : TABLE) {
			String[] f = line.split("\\|", -1);
			String region = switch (f[4]) {
				case "SEM" -> SE_MICHIGAN;
				case "LAC" -> LA_COUNTY;
				case "WA" -> WASHINGTON;
				default -> "";
			};
			members.add(new Member(members.size(), f[0], f[1], "C".equals(f[2]) ? COALITION : PARTNERSHIP, f[3], region,
					Integer.parseInt(f[5]), f[6].charAt(0), Double.parseDouble(f[7])));
		}
		return List.copyOf(members);
	}

}
