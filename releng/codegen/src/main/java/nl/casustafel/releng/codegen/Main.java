package nl.casustafel.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generator for the Casustafel bundles.
 *
 * <p>Does what the Eclipse IDE's "Generate Model Code" and "Generate Edit Code" actions do, without a
 * workbench: every folder under the bundles root is registered as {@code platform:/resource/<folder>},
 * the genmodel is loaded, diagnosed and reconciled, and the model and edit projects are generated
 * with JMerge (so {@code @generated NOT} members survive).
 *
 * <pre>
 * usage: Main [--bundles DIR] [--prune] [--verbose] [GENMODEL|BUNDLE_DIR ...]
 * </pre>
 *
 * Without genmodel arguments every {@code <bundles>/<folder>/model/*.genmodel} is generated.
 * Exit codes: 0 ok, 1 model or generation errors, 2 usage errors.
 */
public final class Main
{
  private static final String USAGE =
    "usage: generate [--bundles DIR] [--prune] [--verbose] [GENMODEL|BUNDLE_DIR ...]\n"
      + "  --bundles DIR  folder whose sub-folders are the Eclipse projects (platform:/resource/<name>);\n"
      + "                 default: the 'bundles' folder of the nearest ancestor of the working directory\n"
      + "  --prune        delete .java files in the generated source folders that the generator no longer\n"
      + "                 produces (classes removed from the model); without it they are only listed\n"
      + "  --verbose      print every step of the generator (default: only problems and a summary)\n"
      + "  GENMODEL       a .genmodel file, or a bundle folder whose model/*.genmodel files are used;\n"
      + "                 default: every <bundles>/*/model/*.genmodel\n";

  private Main()
  {
  }

  public static void main(String[] args)
  {
    int rc;
    try
    {
      rc = run(args);
    }
    catch (UsageException e)
    {
      System.err.println("codegen: " + e.getMessage());
      System.err.print(USAGE);
      rc = 2;
    }
    catch (Exception e)
    {
      System.err.println("codegen: FAILED: " + e);
      e.printStackTrace(System.err);
      rc = 1;
    }
    System.out.flush();
    System.err.flush();
    System.exit(rc);
  }

  static final class UsageException extends Exception
  {
    private static final long serialVersionUID = 1L;

    UsageException(String message)
    {
      super(message);
    }
  }

  static int run(String[] args) throws Exception
  {
    // Generated files must not depend on the platform running the generator.
    System.setProperty("line.separator", "\n");
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset()))
    {
      // Standalone, EMF writes .java files in the JVM's default charset.
      throw new UsageException("the JVM's default charset is " + Charset.defaultCharset()
        + ", not UTF-8: run java with -Dfile.encoding=UTF-8 (releng/scripts/generate-model.sh does)");
    }

    Path bundlesRoot = null;
    boolean prune = false;
    boolean verbose = false;
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < args.length; i++)
    {
      String arg = args[i];
      switch (arg)
      {
        case "--bundles":
          if (++i >= args.length)
          {
            throw new UsageException("--bundles needs a folder");
          }
          bundlesRoot = Path.of(args[i]);
          break;
        case "--prune":
          prune = true;
          break;
        case "--verbose":
          verbose = true;
          break;
        case "--quiet":
          // the default; accepted for compatibility
          break;
        case "-h":
        case "--help":
          System.out.print(USAGE);
          return 0;
        default:
          if (arg.startsWith("-"))
          {
            throw new UsageException("unknown option " + arg);
          }
          targets.add(arg);
      }
    }

    if (bundlesRoot == null)
    {
      bundlesRoot = findDefaultBundlesRoot();
    }
    bundlesRoot = bundlesRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(bundlesRoot))
    {
      throw new UsageException("bundles folder " + bundlesRoot + " does not exist");
    }
    bundlesRoot = bundlesRoot.toRealPath();

    List<Path> genModels = resolveGenModels(bundlesRoot, targets);
    if (genModels.isEmpty())
    {
      throw new UsageException("no *.genmodel found (looked in " + bundlesRoot + "/*/model/)");
    }

    initStandalone(bundlesRoot);

    int errors = 0;
    for (Path genModelPath : genModels)
    {
      errors += generate(bundlesRoot, genModelPath, prune, verbose);
    }
    return errors == 0 ? 0 : 1;
  }

  private static Path findDefaultBundlesRoot() throws UsageException
  {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent())
    {
      Path candidate = dir.resolve("bundles");
      if (Files.isDirectory(candidate))
      {
        return candidate;
      }
    }
    throw new UsageException("no 'bundles' folder in the working directory or its ancestors; use --bundles DIR");
  }

  private static List<Path> resolveGenModels(Path bundlesRoot, List<String> targets) throws IOException, UsageException
  {
    Set<Path> result = new LinkedHashSet<>();
    if (targets.isEmpty())
    {
      try (Stream<Path> bundles = Files.list(bundlesRoot))
      {
        for (Path bundle : (Iterable<Path>)bundles.sorted()::iterator)
        {
          result.addAll(genModelsOfBundle(bundle));
        }
      }
    }
    for (String target : targets)
    {
      Path path = Path.of(target).toAbsolutePath().normalize();
      if (Files.isDirectory(path))
      {
        List<Path> found = genModelsOfBundle(path);
        if (found.isEmpty())
        {
          throw new UsageException("no model/*.genmodel in " + path);
        }
        result.addAll(found);
      }
      else if (Files.isRegularFile(path) && path.toString().endsWith(".genmodel"))
      {
        result.add(path.toRealPath());
      }
      else
      {
        throw new UsageException("not a .genmodel file or a bundle folder: " + target);
      }
    }
    for (Path path : result)
    {
      if (!path.startsWith(bundlesRoot) || bundlesRoot.relativize(path).getNameCount() < 2)
      {
        throw new UsageException(path + " does not lie in a bundle folder under " + bundlesRoot
          + " (use --bundles to name the folder that holds the bundles)");
      }
    }
    return new ArrayList<>(result);
  }

  private static List<Path> genModelsOfBundle(Path bundle) throws IOException
  {
    Path modelDir = bundle.resolve("model");
    if (!Files.isDirectory(modelDir))
    {
      return Collections.emptyList();
    }
    try (Stream<Path> files = Files.list(modelDir))
    {
      List<Path> result = new ArrayList<>();
      for (Path file : (Iterable<Path>)files.sorted()::iterator)
      {
        if (file.getFileName().toString().endsWith(".genmodel") && Files.isRegularFile(file))
        {
          result.add(file.toRealPath());
        }
      }
      return result;
    }
  }

  /**
   * The plumbing that the Eclipse extension registry does inside the IDE.
   */
  private static void initStandalone(Path bundlesRoot) throws IOException
  {
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());

    // platform:/resource/<folder> for every project folder, so that model and edit projects resolve.
    Map<String, URI> platformResourceMap = EcorePlugin.getPlatformResourceMap();
    try (Stream<Path> bundles = Files.list(bundlesRoot))
    {
      for (Path bundle : (Iterable<Path>)bundles.sorted()::iterator)
      {
        if (Files.isDirectory(bundle))
        {
          platformResourceMap.put(
            bundle.getFileName().toString(), URI.createFileURI(bundle.toString()).appendSegment(""));
        }
      }
    }

    // plugin.xml processing of the jars on the class path (generated packages, factories, and
    // platform:/plugin URIs such as .../org.eclipse.emf.ecore/model/Ecore.genmodel).
    EcorePlugin.ExtensionProcessor.process(null);
    URIConverter.URI_MAP.putAll(EcorePlugin.computePlatformURIMap(true));

    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
      GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
  }

  /**
   * URI converter that records which generated files the generator looks at, so that stale files
   * (classes removed from the model) in the generated source folders can be found afterwards.
   */
  private static final class RecordingURIConverter extends ExtensibleURIConverterImpl
  {
    final Set<String> touched = new TreeSet<>();

    void record(URI uri)
    {
      URI normalized = normalize(uri);
      if (normalized.isFile())
      {
        touched.add(Path.of(normalized.toFileString()).toAbsolutePath().normalize().toString());
      }
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options)
    {
      record(uri);
      return super.exists(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException
    {
      record(uri);
      return super.createOutputStream(uri, options);
    }
  }

  private static int generate(Path bundlesRoot, Path genModelPath, boolean prune, boolean verbose) throws IOException
  {
    String relative = bundlesRoot.relativize(genModelPath).toString().replace(File.separatorChar, '/');
    URI genModelURI = URI.createPlatformResourceURI(relative, true);
    System.out.println("codegen: " + genModelURI + " (" + genModelPath + ")");
    long start = System.nanoTime();

    RecordingURIConverter uriConverter = new RecordingURIConverter();
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.setURIConverter(uriConverter);

    Resource resource;
    try
    {
      resource = resourceSet.getResource(genModelURI, true);
    }
    catch (RuntimeException e)
    {
      System.err.println("codegen: ERROR: cannot load " + genModelURI + ": " + rootMessage(e));
      return 1;
    }
    EcoreUtil.resolveAll(resourceSet);

    int errors = 0;
    for (Resource r : new ArrayList<>(resourceSet.getResources()))
    {
      for (Resource.Diagnostic d : r.getErrors())
      {
        System.err.println("codegen: ERROR: " + r.getURI() + ": " + describe(d));
        errors++;
      }
      for (Resource.Diagnostic d : r.getWarnings())
      {
        System.err.println("codegen: WARNING: " + r.getURI() + ": " + describe(d));
      }
    }
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel))
    {
      System.err.println("codegen: ERROR: " + genModelURI + " does not contain a GenModel; nothing generated");
      return errors + 1;
    }
    if (errors > 0)
    {
      System.err.println("codegen: " + genModelURI + " cannot be loaded cleanly (" + errors + " error(s)); nothing generated");
      return errors;
    }

    GenModel genModel = (GenModel)resource.getContents().get(0);

    // What the IDE checks before it generates (unresolved proxies, missing used gen packages, ...).
    errors += report("genmodel", genModel.diagnose());
    // What the IDE's "Validate" on the .ecore reports; broken Ecore gives broken Java.
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy())
      {
        System.err.println("codegen: ERROR: gen package " + genPackage.getNSURI() + " has no resolvable Ecore package");
        errors++;
        continue;
      }
      errors += report("ecore " + ePackage.getNsURI(), Diagnostician.INSTANCE.validate(ePackage));
    }
    if (errors > 0)
    {
      System.err.println("codegen: " + genModelURI + " has " + errors + " error(s); nothing generated");
      return errors;
    }

    byte[] beforeReconcile = serialize(resource);
    genModel.reconcile();
    genModel.setCanGenerate(true);
    byte[] afterReconcile = serialize(resource);
    if (beforeReconcile != null && !java.util.Arrays.equals(beforeReconcile, afterReconcile))
    {
      System.err.println("codegen: WARNING: " + genModelURI + " is out of sync with its .ecore (classes, features or "
        + "literals were added or removed); generating from the reconciled model. Reload the genmodel in the IDE "
        + "(or use the EMF importer) and commit it.");
    }

    Generator generator = new Generator();
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);

    PrintStream realErr = System.err;
    ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
    PrintStream teeErr = new PrintStream(new TeeOutputStream(realErr, errBuffer), true, StandardCharsets.UTF_8);
    BasicMonitor monitor = verbose ? new BasicMonitor.Printing(System.out) : new BasicMonitor();
    System.setErr(teeErr);
    try
    {
      errors += report("generate model", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
      if (!isBlank(genModel.getEditDirectory()))
      {
        errors += report("generate edit", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
      }
    }
    finally
    {
      System.setErr(realErr);
    }
    if (errBuffer.size() > 0)
    {
      // Standalone, EMF's generator adapters log exceptions (write failures, merge failures) to
      // System.err and carry on; treat anything logged as an error.
      realErr.println("codegen: ERROR: the generator logged problems (see above)");
      errors++;
    }

    // Stale .java files in the generated source folders. Only after a clean run: a failure part-way
    // leaves files untouched that are not stale at all.
    if (errors > 0)
    {
      System.err.println("codegen: FAILED " + genModelURI + " (no stale-file check after errors)");
      return errors;
    }
    Set<Path> sourceFolders = new TreeSet<>();
    addSourceFolder(sourceFolders, genModel.getModelDirectory());
    addSourceFolder(sourceFolders, genModel.getEditDirectory());
    List<Path> stale = new ArrayList<>();
    for (Path folder : sourceFolders)
    {
      if (!Files.isDirectory(folder))
      {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder))
      {
        files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .map(p -> p.toAbsolutePath().normalize())
          .filter(p -> !uriConverter.touched.contains(p.toString()))
          .sorted()
          .forEach(stale::add);
      }
    }
    for (Path file : stale)
    {
      if (prune)
      {
        Files.delete(file);
        System.out.println("codegen: pruned stale " + file);
      }
      else
      {
        System.err.println("codegen: WARNING: stale (not generated from the model any more; --prune deletes it): " + file);
      }
    }

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("codegen: generated " + genModelURI + " in " + millis + " ms");
    return errors;
  }

  private static byte[] serialize(Resource resource)
  {
    try
    {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      resource.save(out, null);
      return out.toByteArray();
    }
    catch (IOException | RuntimeException e)
    {
      return null;
    }
  }

  private static void addSourceFolder(Set<Path> folders, String workspacePath)
  {
    if (isBlank(workspacePath))
    {
      return;
    }
    URI uri = URI.createPlatformResourceURI(workspacePath, true);
    String file = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true)) == null
      ? null
      : EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true)).toFileString();
    if (file != null)
    {
      folders.add(Path.of(file).toAbsolutePath().normalize());
    }
  }

  private static int report(String what, Diagnostic diagnostic)
  {
    if (diagnostic == null || diagnostic.getSeverity() == Diagnostic.OK)
    {
      return 0;
    }
    int[] errors = {0};
    if (diagnostic.getChildren().isEmpty())
    {
      print(what, diagnostic, "", errors);
    }
    else
    {
      // The root only says "Diagnosis of ..." / "Problems encountered in the model".
      for (Diagnostic child : diagnostic.getChildren())
      {
        print(what, child, "", errors);
      }
    }
    return Math.max(errors[0], diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0);
  }

  private static void print(String what, Diagnostic diagnostic, String indent, int[] errors)
  {
    int severity = diagnostic.getSeverity();
    boolean leafError = severity >= Diagnostic.ERROR && diagnostic.getChildren().isEmpty();
    if (leafError)
    {
      errors[0]++;
    }
    if (severity != Diagnostic.OK)
    {
      System.err.println("codegen: " + severityName(severity) + ": " + what + ": " + indent + diagnostic.getMessage());
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(what, child, indent + "  ", errors);
    }
  }

  private static String severityName(int severity)
  {
    if (severity >= Diagnostic.CANCEL)
    {
      return "CANCEL";
    }
    if (severity >= Diagnostic.ERROR)
    {
      return "ERROR";
    }
    if (severity >= Diagnostic.WARNING)
    {
      return "WARNING";
    }
    return "INFO";
  }

  private static String describe(Resource.Diagnostic d)
  {
    StringBuilder result = new StringBuilder();
    if (d.getLine() > 0)
    {
      result.append("line ").append(d.getLine()).append(':').append(d.getColumn()).append(": ");
    }
    return result.append(d.getMessage()).toString();
  }

  private static String rootMessage(Throwable e)
  {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t)
    {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
  }

  private static boolean isBlank(String s)
  {
    return s == null || s.isBlank();
  }

  private static final class TeeOutputStream extends OutputStream
  {
    private final OutputStream a;
    private final OutputStream b;

    TeeOutputStream(OutputStream a, OutputStream b)
    {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException
    {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException
    {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException
    {
      a.flush();
      b.flush();
    }
  }
}
