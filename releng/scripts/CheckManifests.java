import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the manifest rules of docs/contributing.md ("Manifests") for every
 * {@code bundles/*}, {@code examples/*} and {@code tests/*} bundle of the repository:
 * <ul>
 * <li>every Export-Package entry has a version; a package whose name has an {@code internal} or
 * {@code impl} segment is exported {@code x-internal:=true} or {@code x-friends:="..."}, and
 * outside tests/ (not shipped) only such packages are;</li>
 * <li>a bundle whose Java sources, plugin.xml or OSGI-INF files name a class of another shipped
 * bundle's internal package is listed in its x-friends (a fragment of the exporter need not be);
 * examples are never friends, and friends must exist (friends that use nothing are printed as
 * notes);</li>
 * <li>every Require-Bundle, Fragment-Host and Import-Package entry has a version range: for our own
 * bundles exactly {@code [<their version>,<next major>)}, for bundles that
 * targetplatform/*.target lists {@code [<major.minor.0 there>,<next major>)}; JDK packages
 * (exported unversioned by the system bundle) have no version;</li>
 * <li>Bundle-RequiredExecutionEnvironment is JavaSE-21; in bundles/ and examples/, Bundle-Name
 * and Bundle-Vendor are {@code %keys} found in the bundle's localization file.</li>
 * </ul>
 * Run by releng/scripts/check-manifests.sh: {@code java CheckManifests.java <repository root>}.
 * Exits 1 and lists every problem, one line each, when a rule is broken.
 */
public class CheckManifests {

	static final String REQUIRED_EE = "JavaSE-21";
	static final List<String> FOLDERS = List.of("bundles", "examples", "tests");
	static final Pattern RANGE = Pattern.compile("[\\[(]\\s*\\d+(\\.\\d+){0,2}\\s*,\\s*\\d+(\\.\\d+){0,2}\\s*[\\])]");
	static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[\\w-]+)?)?)?");
	/** A qualified reference to a class (or a wildcard import) in one of our packages. */
	static final Pattern REFERENCE = Pattern.compile("\\b(nl\\.casustafel(?:\\.[a-z_][a-z0-9_]*)+)\\.(?:[A-Z]\\w*|\\*)");

	record Clause(List<String> names, Map<String, String> params) {
		String param(String key) {
			return params.get(key);
		}
	}

	record Bundle(Path dir, String folder, String bsn, String version, String host, Map<String, String> headers,
			Path manifest) {
		boolean isFragmentOf(String other) {
			return other.equals(host);
		}
	}

	record Export(Bundle owner, String pkg, boolean internal, Set<String> friends) {}

	final Path root;
	final List<String> problems = new ArrayList<>();
	final List<String> notes = new ArrayList<>();
	final Map<String, Bundle> bundles = new TreeMap<>();
	final Map<String, Export> exports = new TreeMap<>();
	final Set<String> jdkPackages = new TreeSet<>();
	/** Bundle symbolic name -> its version in the target platform, for the bundles listed there. */
	final Map<String, String> targetVersions = new TreeMap<>();
	/** Internal package -> the other bundles that refer to it. */
	final Map<String, Set<String>> users = new TreeMap<>();

	CheckManifests(Path root) {
		this.root = root;
		for (ModuleReference ref : ModuleFinder.ofSystem().findAll()) {
			for (ModuleDescriptor.Exports e : ref.descriptor().exports()) {
				if (!e.isQualified()) {
					jdkPackages.add(e.source());
				}
			}
		}
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		CheckManifests check = new CheckManifests(root);
		check.run();
		check.notes.forEach(n -> System.out.println("check-manifests: note: " + n));
		if (!check.problems.isEmpty()) {
			Collections.sort(check.problems);
			System.err.println("check-manifests: FAILED: " + check.problems.size()
					+ " problem(s) with the manifest rules of docs/contributing.md (section Manifests):");
			check.problems.forEach(p -> System.err.println("  " + p));
			System.exit(1);
		}
		System.out.println("check-manifests: OK: " + check.bundles.size() + " manifests in "
				+ String.join(", ", FOLDERS) + " follow the rules");
	}

	void run() throws IOException {
		readTargetPlatform();
		for (String folder : FOLDERS) {
			Path dir = root.resolve(folder);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> children = Files.list(dir)) {
				for (Path child : children.sorted().toList()) {
					Path mf = child.resolve("META-INF/MANIFEST.MF");
					if (Files.isRegularFile(mf)) {
						read(folder, child, mf);
					}
				}
			}
		}
		for (Bundle b : bundles.values()) {
			checkHeaders(b);
		}
		for (Bundle b : bundles.values()) {
			checkExports(b);
		}
		for (Bundle b : bundles.values()) {
			checkRequirements(b);
		}
		for (Bundle b : bundles.values()) {
			checkInternalUse(b);
		}
		checkFriends();
	}

	// ---- reading ----

	void read(String folder, Path dir, Path mf) throws IOException {
		String text = Files.readString(mf, StandardCharsets.UTF_8).replace("\r\n", "\n");
		String where = rel(mf);
		if (!text.endsWith("\n")) {
			problems.add(where + ": the last line has no line break (a last header without one is dropped)");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		String name = null;
		StringBuilder value = new StringBuilder();
		for (String line : text.split("\n")) {
			if (line.startsWith(" ")) { // continuation line: one leading space, then more of the value
				value.append(line, 1, line.length());
				continue;
			}
			if (name != null) {
				headers.put(name, value.toString().trim());
			}
			name = null;
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				problems.add(where + ": not a header line: " + line);
				continue;
			}
			name = line.substring(0, colon).trim();
			value = new StringBuilder(line.substring(colon + 1));
		}
		if (name != null) {
			headers.put(name, value.toString().trim());
		}
		String bsnHeader = headers.get("Bundle-SymbolicName");
		if (bsnHeader == null) {
			problems.add(where + ": no Bundle-SymbolicName");
			return;
		}
		String bsn = clauses(bsnHeader).get(0).names().get(0);
		String version = headers.getOrDefault("Bundle-Version", "0.0.0").replace(".qualifier", "");
		String host = headers.containsKey("Fragment-Host") ? clauses(headers.get("Fragment-Host")).get(0).names().get(0)
				: null;
		Bundle previous = bundles.put(bsn, new Bundle(dir, folder, bsn, version, host, headers, mf));
		if (previous != null) {
			problems.add(where + ": Bundle-SymbolicName " + bsn + " is also used by " + rel(previous.manifest()));
		}
	}

	/**
	 * Reads the Maven locations of targetplatform/*.target. A bundle counts as listed when its
	 * symbolic name is the artifactId, groupId.artifactId, wrapped.groupId.artifactId, or the groupId
	 * of a group with one artifact (Maven Central's bundles and Tycho's wrapped jars are named so).
	 */
	void readTargetPlatform() throws IOException {
		Path dir = root.resolve("targetplatform");
		if (!Files.isDirectory(dir)) {
			return;
		}
		Pattern dependency = Pattern.compile("<groupId>\\s*([^<\\s]+)\\s*</groupId>\\s*<artifactId>\\s*([^<\\s]+)\\s*"
				+ "</artifactId>\\s*<version>\\s*(\\d+)\\.(\\d+)[^<]*</version>");
		Map<String, Set<String>> groups = new TreeMap<>();
		Map<String, String> candidates = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path target : files.filter(f -> f.toString().endsWith(".target")).sorted().toList()) {
				Matcher m = dependency.matcher(Files.readString(target, StandardCharsets.UTF_8));
				while (m.find()) {
					String group = m.group(1), artifact = m.group(2), version = m.group(3) + "." + m.group(4) + ".0";
					groups.computeIfAbsent(group, g -> new TreeSet<>()).add(version);
					candidates.put(group + "\u0000" + artifact, version);
					targetVersions.putIfAbsent(artifact, version);
					targetVersions.putIfAbsent(group + "." + artifact, version);
					targetVersions.putIfAbsent("wrapped." + group + "." + artifact, version);
				}
			}
		}
		for (String key : candidates.keySet()) {
			String group = key.substring(0, key.indexOf('\u0000'));
			if (groups.get(group).size() == 1) {
				targetVersions.putIfAbsent(group, groups.get(group).iterator().next());
			}
		}
	}

	/** Splits a header value into clauses at commas, and clauses into parts at semicolons, outside quotes. */
	static List<Clause> clauses(String header) {
		List<Clause> result = new ArrayList<>();
		for (String clause : split(header, ',')) {
			if (clause.isBlank()) {
				continue;
			}
			List<String> names = new ArrayList<>();
			Map<String, String> params = new LinkedHashMap<>();
			for (String part : split(clause, ';')) {
				part = part.trim();
				int eq = part.indexOf('=');
				if (eq < 0) {
					names.add(part);
					continue;
				}
				boolean directive = eq > 0 && part.charAt(eq - 1) == ':';
				String key = part.substring(0, directive ? eq - 1 : eq).trim() + (directive ? ":" : "");
				String val = part.substring(eq + 1).trim();
				if (val.length() >= 2 && val.startsWith("\"") && val.endsWith("\"")) {
					val = val.substring(1, val.length() - 1);
				}
				params.put(key, val);
			}
			result.add(new Clause(names, params));
		}
		return result;
	}

	static List<String> split(String s, char separator) {
		List<String> parts = new ArrayList<>();
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == separator && !quoted) {
				parts.add(s.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(s.substring(start));
		return parts;
	}

	// ---- checks ----

	void checkHeaders(Bundle b) {
		String where = rel(b.manifest());
		String ee = b.headers().get("Bundle-RequiredExecutionEnvironment");
		if (!REQUIRED_EE.equals(ee)) {
			problems.add(where + ": Bundle-RequiredExecutionEnvironment must be " + REQUIRED_EE + " (is " + ee + ")");
		}
		if (b.folder().equals("tests")) {
			return; // test bundles are not shown to users
		}
		String localization = b.headers().getOrDefault("Bundle-Localization", "OSGI-INF/l10n/bundle");
		Path properties = b.dir().resolve(localization + ".properties");
		for (String header : List.of("Bundle-Name", "Bundle-Vendor")) {
			String value = b.headers().get(header);
			if (value == null || !value.startsWith("%")) {
				problems.add(where + ": " + header + " must be a %key in " + rel(properties) + " (is " + value + ")");
				continue;
			}
			String key = value.substring(1);
			if (!propertyKeys(properties).contains(key)) {
				problems.add(where + ": " + header + " %" + key + " is not defined in " + rel(properties)
						+ " (Bundle-Localization: " + localization + ")");
			}
		}
	}

	void checkExports(Bundle b) {
		String where = rel(b.manifest()) + ": Export-Package ";
		for (Clause c : clauses(b.headers().getOrDefault("Export-Package", ""))) {
			for (String pkg : c.names()) {
				String version = c.param("version");
				if (version == null) {
					problems.add(where + pkg + ": no version (add ;version=\"" + b.version() + "\")");
				} else if (!VERSION.matcher(version).matches()) {
					problems.add(where + pkg + ": version=\"" + version + "\" is not a plain version");
				}
				boolean internalName = isInternalName(pkg);
				boolean xInternal = "true".equals(c.param("x-internal:"));
				String friendList = c.param("x-friends:");
				boolean internal = xInternal || friendList != null;
				if (internalName && !internal) {
					problems.add(where + pkg + ": an internal package needs x-internal:=true"
							+ " (or x-friends:=\"<bundles that use it>\")");
				}
				if (!internalName && internal && !b.folder().equals("tests")) { // test plug-ins are not shipped
					problems.add(where + pkg + ": x-internal/x-friends on a package whose name does not say internal"
							+ " (plain packages are API: rename it to ...internal... or drop the directive)");
				}
				Set<String> friends = new LinkedHashSet<>();
				if (friendList != null) {
					for (String f : friendList.split(",")) {
						friends.add(f.trim());
					}
				}
				exports.put(pkg, new Export(b, pkg, internal, friends));
			}
		}
	}

	void checkRequirements(Bundle b) {
		String where = rel(b.manifest()) + ": ";
		String host = b.headers().get("Fragment-Host");
		if (host != null) {
			Clause c = clauses(host).get(0);
			checkBundleRange(where + "Fragment-Host ", c.names().get(0), c.param("bundle-version"));
		}
		for (Clause c : clauses(b.headers().getOrDefault("Require-Bundle", ""))) {
			checkBundleRange(where + "Require-Bundle ", c.names().get(0), c.param("bundle-version"));
		}
		for (Clause c : clauses(b.headers().getOrDefault("Import-Package", ""))) {
			for (String pkg : c.names()) {
				String range = c.param("version");
				if (jdkPackages.contains(pkg)) {
					if (range != null) {
						problems.add(where + "Import-Package " + pkg + ": a JDK package has no version; drop version=\""
								+ range + "\"");
					}
					continue;
				}
				if (range == null || !RANGE.matcher(range).matches()) {
					problems.add(where + "Import-Package " + pkg + ": needs a version range: version=\"[<major.minor.0 of the"
							+ " exporter in the target platform>,<next major>)\""
							+ (range == null ? "" : " (is \"" + range + "\")"));
				}
				Export export = exports.get(pkg);
				if (export != null && range != null && !range.equals(expectedRange(export.owner().version()))) {
					problems.add(where + "Import-Package " + pkg + ": our packages are imported with version=\""
							+ expectedRange(export.owner().version()) + "\" (is \"" + range + "\")");
				}
			}
		}
	}

	void checkBundleRange(String where, String bsn, String range) {
		Bundle ours = bundles.get(bsn);
		String target = targetVersions.get(bsn);
		if (range == null || !RANGE.matcher(range).matches()) {
			String example = ours != null ? expectedRange(ours.version())
					: target != null ? expectedRange(target) : "[<major.minor.0 in the target platform>,<next major>)";
			problems.add(where + bsn + ": needs a range: bundle-version=\"" + example + "\""
					+ (range == null ? "" : " (is \"" + range + "\")"));
			return;
		}
		if (ours != null && !range.equals(expectedRange(ours.version()))) {
			problems.add(where + bsn + ": our bundles are required with bundle-version=\"" + expectedRange(ours.version())
					+ "\" (is \"" + range + "\")");
		}
		if (ours == null && target != null && !range.replace(" ", "").equals(expectedRange(target))) {
			problems.add(where + bsn + ": the target platform has " + target.substring(0, target.lastIndexOf('.'))
					+ ".x, so bundle-version=\"" + expectedRange(target) + "\" (is \"" + range + "\")");
		}
	}

	/** {@code [1.2.3,2.0.0)} for 1.2.3, {@code [0.1.0,1.0.0)} for 0.1.0. */
	static String expectedRange(String version) {
		String[] v = (version + ".0.0").split("\\.");
		int major = Integer.parseInt(v[0]);
		return "[" + v[0] + "." + v[1] + "." + v[2] + "," + (major + 1) + ".0.0)";
	}

	/** Every reference from one bundle to another bundle's internal package must come from a friend. */
	void checkInternalUse(Bundle b) {
		Map<String, Set<String>> used = new TreeMap<>(); // internal package -> where it is used
		for (Path file : sources(b.dir())) {
			List<String> lines = readLines(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = REFERENCE.matcher(lines.get(i));
				while (m.find()) {
					Export export = exports.get(m.group(1));
					if (export == null || !export.internal() || export.owner() == b || b.isFragmentOf(export.owner().bsn())
							|| export.owner().folder().equals("tests")) { // test plug-ins are not shipped
						continue;
					}
					used.computeIfAbsent(export.pkg(), k -> new TreeSet<>()).add(rel(file) + ":" + (i + 1));
				}
			}
		}
		for (Map.Entry<String, Set<String>> e : used.entrySet()) {
			Export export = exports.get(e.getKey());
			users.computeIfAbsent(export.pkg(), k -> new TreeSet<>()).add(b.bsn());
			if (b.folder().equals("examples")) {
				problems.add(rel(b.manifest()) + ": the example " + b.bsn() + " uses the internal package " + export.pkg()
						+ " of " + export.owner().bsn() + " (examples use API and SPI only): " + first(e.getValue()));
			} else if (!export.friends().contains(b.bsn())) {
				problems.add(rel(export.owner().manifest()) + ": Export-Package " + export.pkg() + ": " + b.bsn()
						+ " uses it but is not in x-friends (make it a friend, or move what it needs to an API package): "
						+ first(e.getValue()));
			}
		}
	}

	/** Friends that do not exist or are examples are errors; friends that use nothing are noted. */
	void checkFriends() {
		for (Export export : exports.values()) {
			Bundle owner = export.owner();
			for (String friend : export.friends()) {
				Bundle f = bundles.get(friend);
				String where = rel(owner.manifest()) + ": Export-Package " + export.pkg() + ": x-friends " + friend;
				if (f == null) {
					problems.add(where + ": no such bundle in " + String.join(", ", FOLDERS));
				} else if (f.folder().equals("examples")) {
					problems.add(where + ": examples use API and SPI only and are never friends");
				} else if (f.isFragmentOf(owner.bsn())) {
					notes.add(where + ": a fragment of " + owner.bsn() + " sees the package without being a friend");
				} else if (!users.getOrDefault(export.pkg(), Set.of()).contains(friend)) {
					notes.add(where + ": does not use the package (drop it from x-friends?)");
				}
			}
		}
	}

	static String first(Set<String> places) {
		return places.iterator().next() + (places.size() > 1 ? " (and " + (places.size() - 1) + " more)" : "");
	}

	static boolean isInternalName(String pkg) {
		for (String segment : pkg.split("\\.")) {
			if (segment.equals("internal") || segment.equals("impl")) {
				return true;
			}
		}
		return false;
	}

	/** Java sources and the XML files that name classes (plugin.xml, fragment.xml, OSGI-INF, e4xmi). */
	static List<Path> sources(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile)
					.filter(p -> !dir.relativize(p).startsWith("target") && !dir.relativize(p).startsWith("bin"))
					.filter(p -> {
						String n = p.getFileName().toString();
						return n.endsWith(".java") || n.equals("plugin.xml") || n.equals("fragment.xml")
								|| n.endsWith(".e4xmi") || (n.endsWith(".xml") && dir.relativize(p).startsWith("OSGI-INF"));
					})
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			try {
				return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
			} catch (IOException e2) {
				throw new UncheckedIOException(e2);
			}
		}
	}

	static Set<String> propertyKeys(Path file) {
		if (!Files.isRegularFile(file)) {
			return Collections.emptySet();
		}
		Properties p = new Properties();
		try (var in = Files.newInputStream(file)) {
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p.stringPropertyNames();
	}

	String rel(Path p) {
		return root.relativize(p.toAbsolutePath().normalize()).toString();
	}
}
