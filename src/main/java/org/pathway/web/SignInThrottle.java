package org.pathway.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counts failed sign-ins per user name and per client address (an IPv6 address by its /64
 * network) and refuses sign-ins while either is locked: the brute-force defence of the
 * sign-in form and of HTTP Basic. Hand-written rather than a cache library, because what
 * it promises is its bound ({@code max-tracked}) and whom it forgets first: names and
 * addresses that are not locked, the least recently seen first.
 */
class SignInThrottle {

	private static final Log logger = LogFactory.getLog(SignInThrottle.class);

	private final SignInProperties settings;

	private final Clock clock;

	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

	SignInThrottle(SignInProperties settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts a sign-in. Refused while its user name or its address is locked; otherwise
	 * it counts as a failure until {@link #succeeded} says otherwise, so guesses sent in
	 * parallel are counted before their passwords are checked.
	 * @throws SignInLockedException while locked
	 */
	synchronized Attempt begin(String user, String address) {
		Instant now = this.clock.instant();
		Attempt attempt = new Attempt(user, address, userKey(user), addressKey(address));
		Entry byUser = live(attempt.userKey(), now);
		Entry byAddress = live(attempt.addressKey(), now);
		Instant until = later(lockEnd(byUser, now), lockEnd(byAddress, now));
		if (until != null) {
			refused(byUser, now, "user '" + printable(user) + "' from " + printable(address));
			refused(byAddress, now, "address " + printable(address) + " (user '" + printable(user) + "')");
			throw new SignInLockedException(until);
		}
		count(attempt.userKey(), this.settings.maxFailures(), now);
		count(attempt.addressKey(), this.settings.maxFailuresPerAddress(), now);
		bound(now);
		return attempt;
	}

	/**
	 * The password was right: the user name starts again from nothing, and the address no
	 * longer counts this attempt.
	 */
	synchronized void succeeded(Attempt attempt) {
		this.entries.remove(attempt.userKey());
		Entry byAddress = this.entries.get(attempt.addressKey());
		if (byAddress != null) {
			byAddress.failures--;
			if (byAddress.failures < this.settings.maxFailuresPerAddress()) {
				byAddress.lockedUntil = null;
			}
			if (byAddress.failures <= 0) {
				this.entries.remove(attempt.addressKey());
			}
		}
	}

	/** The password was wrong: the attempt stays counted; a lock it caused is logged. */
	synchronized void failed(Attempt attempt) {
		Instant now = this.clock.instant();
		locked(this.entries.get(attempt.userKey()), now,
				"user '" + printable(attempt.user()) + "' (the last from " + printable(attempt.address()) + ")");
		locked(this.entries.get(attempt.addressKey()), now,
				"address " + printable(attempt.address()) + " (the last as user '" + printable(attempt.user()) + "')");
	}

	/**
	 * When the lock of this user name or address ends, or null when a sign-in may go
	 * ahead; counts nothing.
	 */
	synchronized Instant lockedUntil(String user, String address) {
		Instant now = this.clock.instant();
		return later(lockEnd(live(userKey(user), now), now), lockEnd(live(addressKey(address), now), now));
	}

	/** How many user names and addresses are remembered now. */
	synchronized int tracked() {
		return this.entries.size();
	}

	private Entry live(String key, Instant now) {
		Entry entry = this.entries.get(key);
		if (entry != null && now.isAfter(later(entry.last, entry.lockedUntil).plus(this.settings.window()))) {
			this.entries.remove(key);
			return null;
		}
		return entry;
	}

	private void count(String key, int maxFailures, Instant now) {
		Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry());
		entry.failures++;
		entry.last = now;
		if (entry.failures >= maxFailures) {
			entry.lockedUntil = now.plus(lock(entry.failures - maxFailures));
			entry.lockLogged = false;
			entry.refusalLogged = false;
		}
	}

	/**
	 * The first lock, doubled for each failure beyond the threshold, at most the longest.
	 */
	private Duration lock(int beyond) {
		Duration lock = this.settings.firstLock();
		for (int i = 0; i < beyond && lock.compareTo(this.settings.maxLock()) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return (lock.compareTo(this.settings.maxLock()) > 0) ? this.settings.maxLock() : lock;
	}

	private void locked(Entry entry, Instant now, String who) {
		if (entry != null && lockEnd(entry, now) != null && !entry.lockLogged) {
			entry.lockLogged = true;
			logger.warn("Sign-in locked for " + Duration.between(now, entry.lockedUntil).toSeconds() + " s after "
					+ entry.failures + " failed attempts: " + who);
		}
	}

	private void refused(Entry entry, Instant now, String who) {
		if (entry != null && lockEnd(entry, now) != null && !entry.refusalLogged) {
			entry.refusalLogged = true;
			logger.warn("Sign-in refused while locked (" + Duration.between(now, entry.lockedUntil).toSeconds()
					+ " s left, even a right password): " + who);
		}
	}

	/**
	 * Keeps the map within its bound: forgets names and addresses that are not locked
	 * first, least recently seen first, then the least recently seen of the rest. Makes
	 * room for a tenth more at a time, so a full map is swept rarely.
	 */
	private void bound(Instant now) {
		int max = this.settings.maxTracked();
		if (this.entries.size() <= max) {
			return;
		}
		int target = max - max / 10;
		for (Iterator<Entry> it = this.entries.values().iterator(); it.hasNext() && this.entries.size() > target;) {
			if (lockEnd(it.next(), now) == null) {
				it.remove();
			}
		}
		for (Iterator<Entry> it = this.entries.values().iterator(); it.hasNext() && this.entries.size() > target;) {
			it.next();
			it.remove();
		}
	}

	private static Instant lockEnd(Entry entry, Instant now) {
		return (entry != null && entry.lockedUntil != null && entry.lockedUntil.isAfter(now)) ? entry.lockedUntil
				: null;
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	/** User names are case-insensitive (as the users are): one key for all spellings. */
	private static String userKey(String user) {
		String name = (user != null) ? user.strip().toLowerCase(Locale.ROOT) : "";
		return "user:" + ((name.length() > 200) ? name.substring(0, 200) : name);
	}

	/**
	 * An IPv4 address as it is; an IPv6 address by its /64, which one client holds whole.
	 */
	static String addressKey(String address) {
		if (address == null || address.isBlank()) {
			return "address:unknown";
		}
		String literal = address.replaceFirst("%.*$", "");
		if (literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:.]{2,45}")) {
			try {
				// in brackets, an IPv6 literal is parsed and never looked up
				InetAddress parsed = InetAddress.getByName("[" + literal + "]");
				if (parsed instanceof Inet6Address) {
					byte[] network = new byte[8];
					System.arraycopy(parsed.getAddress(), 0, network, 0, 8);
					return "address:" + HexFormat.of().formatHex(network) + "/64";
				}
				return "address:" + parsed.getHostAddress();
			}
			catch (UnknownHostException ex) {
				// not a literal: keep it as it is
			}
		}
		return "address:" + ((address.length() > 64) ? address.substring(0, 64) : address);
	}

	/** For the log: no control characters (no forged lines), at most 64 characters. */
	static String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(64).forEach((c) -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return (text.codePointCount(0, text.length()) > 64) ? out + "..." : out.toString();
	}

	/**
	 * One sign-in under way.
	 *
	 * @param user the user name given
	 * @param address the client's address
	 * @param userKey its user name's key
	 * @param addressKey its address's key
	 */
	record Attempt(String user, String address, String userKey, String addressKey) {
	}

	/** What is known of one user name or address. */
	private static final class Entry {

		int failures;

		Instant last;

		Instant lockedUntil;

		boolean lockLogged;

		boolean refusalLogged;

	}

}
