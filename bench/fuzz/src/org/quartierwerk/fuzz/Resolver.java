package org.quartierwerk.fuzz;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM's host name resolver during fuzzing (registered in {@code META-INF/services}): records every lookup and
 * refuses it, so no input can make the process ask a name server; only {@code localhost} is answered.
 */
public final class Resolver extends InetAddressResolverProvider {

	/** Every lookup and connection the network sensors saw; {@link Guard} clears and checks it. */
	static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

	@Override
	public InetAddressResolver get(Configuration configuration) {
		InetAddressResolver builtin = configuration.builtinResolver();
		return new InetAddressResolver() {
			@Override
			public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
				if ("localhost".equalsIgnoreCase(host)) {
					return builtin.lookupByName(host, policy);
				}
				SEEN.add("lookup of " + host);
				throw new UnknownHostException(host + " (refused while fuzzing)");
			}

			@Override
			public String lookupByAddress(byte[] address) throws UnknownHostException {
				SEEN.add("reverse lookup of " + List.of(address.length));
				throw new UnknownHostException("reverse lookups are refused while fuzzing");
			}
		};
	}

	@Override
	public String name() {
		return "quartierwerk-fuzz";
	}
}
