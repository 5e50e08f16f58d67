/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.core.internal.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.casustafel.core.CasebookException;
import nl.casustafel.core.CasebookService;
import nl.casustafel.core.CasebookServices;
import nl.casustafel.core.CasebookSession;
import nl.casustafel.core.demo.DemoRegion;
import nl.casustafel.core.demo.SyntheticCasebookGenerator;
import nl.casustafel.model.Casebook;

/**
 * The headless application {@code nl.casustafel.core.generate}: writes the Lindeveld demo region or
 * a synthetic casebook into a new casebook folder, through the storage API.
 *
 * <pre>
 * -demo -out DIR                                  the Lindeveld demo region
 * -cases N [-seed S] [-date YYYY-MM-DD] -out DIR  a synthetic casebook (seed 42, date 2026-02-25)
 * </pre>
 * <p>
 * DIR must not exist or be empty. Exit code 0 on success, 1 when writing failed, 2 for wrong
 * arguments. Outside OSGi, {@link #main(String[])} does the same. The output is for developers and
 * scripts (benchmarks), so it is in English and not localised.
 * </p>
 */
@SuppressWarnings("nls")
public final class GenerateCasebookApplication implements IApplication {

	/** Id of the application (the bundle's symbolic name plus the extension id). */
	public static final String APPLICATION_ID = "nl.casustafel.core.generate";

	/** Exit code when writing failed. */
	public static final int EXIT_FAILED = 1;

	/** Exit code for wrong arguments. */
	public static final int EXIT_USAGE = 2;

	/** Seed used when none is given. */
	public static final long DEFAULT_SEED = 42;

	private static final String USAGE = String.join("\n",
			"Usage: -application " + APPLICATION_ID + " (-demo | -cases N [-seed S] [-date YYYY-MM-DD]) -out DIR",
			"  -demo          write the Lindeveld demo region",
			"  -cases N       write a synthetic casebook with N cases",
			"  -seed S        seed of the synthetic casebook (default " + DEFAULT_SEED + "); equal seeds give equal casebooks",
			"  -date D        'today' of the synthetic casebook (default " + DemoRegion.REFERENCE_DATE + ")",
			"  -out DIR       the casebook folder to create; it must not exist or be empty");

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = run(args == null ? new String[0] : args, System.out, System.err);
		return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}

	/**
	 * Runs the command outside OSGi (class path with core, model and EMF).
	 *
	 * @param args the arguments, as for the application
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command.
	 *
	 * @param args the arguments
	 * @param out  where to report progress and the result
	 * @param err  where to report errors
	 * @return the exit code: 0, {@link #EXIT_FAILED} or {@link #EXIT_USAGE}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("generate: " + e.getMessage());
			err.println(USAGE);
			return EXIT_USAGE;
		}
		if (arguments.help) {
			out.println(USAGE);
			return 0;
		}
		if (Files.isRegularFile(arguments.out)) {
			err.println("generate: " + arguments.out + " is a file; -out needs a new or empty folder");
			return EXIT_USAGE;
		}

		long start = System.nanoTime();
		Casebook casebook = arguments.demo ? DemoRegion.create()
				: new SyntheticCasebookGenerator(arguments.seed, arguments.date).generate(arguments.cases);
		long generated = System.nanoTime();
		int objects = count(casebook);
		int cases = casebook.getCases().size();
		String what = arguments.demo ? "the Lindeveld demo region"
				: "a synthetic casebook (seed " + arguments.seed + ", date " + arguments.date + ")";
		out.println("generate: " + what + ": " + cases + " cases, " + casebook.getOrganisations().size()
				+ " organisations, " + casebook.getMeetings().size() + " meetings, " + objects + " objects in "
				+ millis(start, generated) + " ms");

		CasebookService service = CasebookServices.newService();
		try {
			CasebookSession session = service.create(arguments.out, casebook);
			session.close();
		} catch (CasebookException e) {
			err.println("generate: cannot write " + arguments.out + ": " + e.getMessage());
			return EXIT_FAILED;
		}
		long written = System.nanoTime();
		out.println("generate: wrote " + arguments.out.toAbsolutePath() + " in " + millis(generated, written) + " ms");
		return 0;
	}

	private static int count(Casebook casebook) {
		int count = 1;
		for (TreeIterator<EObject> it = casebook.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** The parsed command line. */
	static final class Arguments {
		boolean help;
		boolean demo;
		int cases = -1;
		long seed = DEFAULT_SEED;
		LocalDate date = DemoRegion.REFERENCE_DATE;
		Path out;

		static Arguments parse(String[] args) {
			Arguments a = new Arguments();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg.toLowerCase(Locale.ROOT)) {
				case "-help", "--help", "-h", "-?" -> a.help = true;
				case "-demo" -> a.demo = true;
				case "-cases" -> a.cases = parseInt(arg, value(args, ++i, arg));
				case "-seed" -> a.seed = parseLong(arg, value(args, ++i, arg));
				case "-date" -> a.date = parseDate(value(args, ++i, arg));
				case "-out" -> a.out = Path.of(value(args, ++i, arg));
				default -> throw new IllegalArgumentException("unknown argument " + arg);
				}
			}
			if (a.help) {
				return a;
			}
			if (a.demo == (a.cases >= 0)) {
				throw new IllegalArgumentException("give either -demo or -cases N");
			}
			if (a.out == null) {
				throw new IllegalArgumentException("-out DIR is missing");
			}
			return a;
		}

		private static String value(String[] args, int i, String option) {
			if (i >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[i];
		}

		private static int parseInt(String option, String value) {
			try {
				int n = Integer.parseInt(value);
				if (n < 0) {
					throw new IllegalArgumentException(option + " must be 0 or more: " + value);
				}
				return n;
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(option + " needs a number: " + value);
			}
		}

		private static long parseLong(String option, String value) {
			try {
				return Long.parseLong(value);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(option + " needs a number: " + value);
			}
		}

		private static LocalDate parseDate(String value) {
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("-date needs YYYY-MM-DD: " + value);
			}
		}
	}
}
