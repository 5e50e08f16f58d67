/*
 * Copyright (c) 2026 Casustafel contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.casustafel.network.ui.internal.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import nl.casustafel.model.Case;
import nl.casustafel.model.InformalTie;
import nl.casustafel.model.LifeDomainStatus;
import nl.casustafel.model.Meeting;
import nl.casustafel.model.Organisation;
import nl.casustafel.model.OrganisationLogic;
import nl.casustafel.model.Professional;
import nl.casustafel.model.RelationKind;
import nl.casustafel.network.NetworkEdge;
import nl.casustafel.network.NetworkFilter;
import nl.casustafel.network.NetworkGraph;
import nl.casustafel.network.NetworkNode;
import nl.casustafel.network.analysis.CaseAnalysis;
import nl.casustafel.network.analysis.NetworkAnalysis;
import nl.casustafel.network.style.EdgeTypes;
import nl.casustafel.network.style.Legend;
import nl.casustafel.network.ui.NetworkUi;
import nl.casustafel.network.ui.internal.Messages;
import nl.casustafel.network.ui.internal.figures.Painter;
import nl.casustafel.network.ui.internal.figures.Theme;
import nl.casustafel.ui.emf.DateFormats;
import nl.casustafel.ui.emf.ModelLabels;

/**
 * The panel beside the diagram: the legend, whose check boxes are the filters on logic and relation
 * type, and the analysis, answering the guide's questions for what is shown (who has the case
 * direction, who knows the person, missing life domains and obligatory parties, brokers, isolated
 * partners, tensions, missing partners). Names in the answers are links that select the node.
 */
public final class SidePanel {

	/** What the panel asks of the view. */
	public interface Listener {

		/**
		 * @param logic   a logic
		 * @param visible whether its organisations are to be shown
		 */
		void logicVisible(OrganisationLogic logic, boolean visible);

		/**
		 * @param type    an edge type key
		 * @param visible whether its edges are to be shown
		 */
		void typeVisible(String type, boolean visible);

		/**
		 * @param nodeIds nodes an answer points at, to select and show
		 */
		void reveal(List<String> nodeIds);
	}

	private static final int BROKERS = 5;

	/** The most names an answer lists (large networks have hundreds of tensions). */
	private static final int MAX_MENTIONS = 8;

	/** Key of a legend row's data: whether its check box is ticked ({@link Boolean}). */
	public static final String CHECKED = "network.checked"; //$NON-NLS-1$

	private static final int ROW_HEIGHT = 30;

	private static final int SWATCH_LEFT = 30;

	private static final int TEXT_LEFT = 92;

	private final Theme theme;

	private final Listener listener;

	private final ScrolledComposite scroller;

	private final Composite content;

	/**
	 * @param parent   the parent
	 * @param theme    fonts and colours
	 * @param listener the view
	 */
	public SidePanel(Composite parent, Theme theme, Listener listener) {
		this.theme = theme;
		this.listener = listener;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setBackground(content.getBackground());
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(6, 3).applyTo(content);
		scroller.setContent(content);
		scroller.setData(NetworkUi.WIDGET_KEY, "network.sidePanel"); //$NON-NLS-1$
	}

	/** @return the panel's control */
	public Control control() {
		return scroller;
	}

	/**
	 * Shows the legend and analysis of what the view shows.
	 *
	 * @param full   the whole network (the legend lists all its types, hidden ones unchecked)
	 * @param shown  what the filters leave
	 * @param aCase  the case of a case network, or {@code null}
	 * @param filter the filters
	 */
	public void show(NetworkGraph full, NetworkGraph shown, Case aCase, NetworkFilter filter) {
		content.setRedraw(false);
		try {
			for (Control child : content.getChildren()) {
				child.dispose();
			}
			heading(Messages.panel_legend);
			for (Legend.Item item : Legend.of(full)) {
				legendRow(item, filter);
			}
			if (!full.isEmpty()) {
				heading(Messages.panel_analysis);
				if (aCase != null) {
					caseAnswers(aCase);
				}
				networkAnswers(shown, aCase == null);
			}
		} finally {
			content.setRedraw(true);
		}
		content.layout(true, true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void heading(String text) {
		Label label = new Label(content, SWT.NONE);
		label.setText(text);
		label.setFont(theme.panelBoldFont());
		label.setBackground(content.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(label);
	}

	private void subheading(String text) {
		Label label = new Label(content, SWT.NONE);
		label.setText(text);
		label.setFont(theme.panelBoldFont());
		label.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		label.setBackground(content.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(label);
	}

	private void legendRow(Legend.Item item, NetworkFilter filter) {
		boolean filterable = item.logic() != null || item.edgeType() != null;
		boolean[] checked = { item.logic() != null ? !filter.hiddenLogics().contains(item.logic())
				: item.edgeType() != null && !filter.hiddenTypes().contains(item.edgeType().key()) };
		// Drawn by hand rather than SWT check boxes: the workbench's CSS gives check boxes in views a
		// background colour, which on GTK 3 hides their check mark; and this one is big enough for a
		// projector.
		Canvas row = new Canvas(content, filterable ? SWT.DOUBLE_BUFFERED : SWT.DOUBLE_BUFFERED | SWT.NO_FOCUS);
		row.setBackground(content.getBackground());
		org.eclipse.swt.graphics.GC measure = new org.eclipse.swt.graphics.GC(row);
		measure.setFont(theme.panelFont());
		int textWidth = measure.textExtent(item.label()).x;
		measure.dispose();
		GridDataFactory.fillDefaults().grab(true, false).hint(TEXT_LEFT + textWidth + 4, ROW_HEIGHT).applyTo(row);
		if (filterable) {
			String key = item.logic() != null ? "logic." + item.logic().getLiteral().toLowerCase(Locale.ROOT) //$NON-NLS-1$
					: "type." + item.edgeType().key(); //$NON-NLS-1$
			row.setData(NetworkUi.WIDGET_KEY, "network.legend." + key); //$NON-NLS-1$
			row.setData(CHECKED, Boolean.valueOf(checked[0]));
			row.setToolTipText(NLS.bind(Messages.panel_toggleTip, item.label()));
			Runnable toggle = () -> {
				checked[0] = !checked[0];
				row.setData(CHECKED, Boolean.valueOf(checked[0]));
				row.redraw();
				if (item.logic() != null) {
					listener.logicVisible(item.logic(), checked[0]);
				} else {
					listener.typeVisible(item.edgeType().key(), checked[0]);
				}
			};
			row.addListener(SWT.MouseUp, event -> {
				if (event.button == 1) {
					toggle.run();
				}
			});
			row.addListener(SWT.KeyDown, event -> {
				if (event.character == ' ' || event.character == SWT.CR) {
					toggle.run();
				}
			});
			row.addListener(SWT.Traverse, event -> {
				if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					event.doit = true;
				}
			});
			row.addListener(SWT.FocusIn, event -> row.redraw());
			row.addListener(SWT.FocusOut, event -> row.redraw());
		}
		row.addPaintListener(event -> {
			SWTGraphics graphics = new SWTGraphics(event.gc);
			try {
				graphics.setAntialias(SWT.ON);
				graphics.setTextAntialias(SWT.ON);
				int middle = ROW_HEIGHT / 2;
				if (filterable) {
					Rectangle box = new Rectangle(2, middle - 10, 20, 20);
					graphics.setLineWidth(2);
					if (checked[0]) {
						graphics.setBackgroundColor(theme.color(0x1565C0));
						graphics.fillRoundRectangle(box, 6, 6);
						graphics.setForegroundColor(theme.color(0xFFFFFF));
						graphics.setLineWidth(3);
						graphics.drawPolyline(new int[] { box.x + 4, middle, box.x + 8, middle + 5, box.x + 16, middle - 5 });
					} else {
						graphics.setBackgroundColor(theme.color(0xFFFFFF));
						graphics.fillRoundRectangle(box, 6, 6);
						graphics.setForegroundColor(theme.color(0x616161));
						graphics.drawRoundRectangle(box, 6, 6);
					}
					if (row.isFocusControl()) {
						graphics.setForegroundColor(theme.color(0x1565C0));
						graphics.setLineWidth(1);
						graphics.setLineStyle(org.eclipse.draw2d.Graphics.LINE_DOT);
						graphics.drawRectangle(0, 0, row.getSize().x - 1, ROW_HEIGHT - 1);
						graphics.setLineStyle(org.eclipse.draw2d.Graphics.LINE_SOLID);
					}
				}
				graphics.translate(SWATCH_LEFT, 0);
				paintSwatch(graphics, item);
				graphics.translate(-SWATCH_LEFT, 0);
				graphics.setFont(theme.panelFont());
				graphics.setForegroundColor(theme.color(filterable && !checked[0] ? 0x757575 : 0x111111));
				org.eclipse.swt.graphics.Point text = event.gc.textExtent(item.label());
				graphics.drawText(item.label(), TEXT_LEFT, middle - text.y / 2);
			} finally {
				graphics.dispose();
			}
		});
	}

	private void paintSwatch(Graphics graphics, Legend.Item item) {
		if (item.nodeStyle() != null) {
			Painter.shape(graphics, theme, item.nodeStyle(), new Rectangle(2, 3, 50, 24), item.nodeStyle().borderWidth(),
					item.nodeStyle().border());
		} else if (item.badge() != null) {
			Painter.badge(graphics, theme, item.badge(), 27, 15);
		} else {
			Painter.edgeSample(graphics, theme, item.edgeType(), 2, 15, 52);
		}
	}

	/** One name in an answer and the nodes it selects. */
	private record Mention(String text, List<String> nodeIds) {
	}

	private void answer(String question, List<Mention> mentions, String none, boolean warnWhenNone) {
		subheading(question);
		if (mentions.isEmpty()) {
			Label label = new Label(content, SWT.WRAP);
			label.setText(none);
			label.setFont(warnWhenNone ? theme.panelBoldFont() : theme.panelFont());
			label.setForeground(warnWhenNone ? theme.color(0xC62828) : content.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			label.setBackground(content.getBackground());
			GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(label);
			return;
		}
		for (Mention mention : mentions.subList(0, Math.min(mentions.size(), MAX_MENTIONS))) {
			Link link = new Link(content, SWT.WRAP);
			link.setFont(theme.panelFont());
			link.setBackground(content.getBackground());
			String escaped = mention.text().replace("&", "&&").replace("<", "&lt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			link.setText(mention.nodeIds().isEmpty() ? "\u2022 " + escaped : "\u2022 <a>" + escaped + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			link.addListener(SWT.Selection, event -> listener.reveal(mention.nodeIds()));
			GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(link);
		}
		if (mentions.size() > MAX_MENTIONS) {
			Label more = new Label(content, SWT.NONE);
			more.setText(NLS.bind(Messages.analysis_more, Integer.valueOf(mentions.size() - MAX_MENTIONS)));
			more.setFont(theme.panelFont());
			more.setBackground(content.getBackground());
		}
	}

	private void caseAnswers(Case aCase) {
		CaseAnalysis.Regie regie = CaseAnalysis.regie(aCase);
		List<Mention> regieMentions = new ArrayList<>();
		if (regie != null) {
			regieMentions.add(new Mention(person(regie.professional(), regie.organisation()),
					List.of(regie.professional().getId())));
		}
		answer(Messages.analysis_regie, regieMentions, Messages.analysis_noRegie, true);

		List<Mention> knowers = new ArrayList<>();
		for (CaseAnalysis.Knower knower : CaseAnalysis.whoKnowsThePerson(aCase)) {
			InformalTie tie = knower.tie();
			if (tie != null) {
				knowers.add(new Mention(NLS.bind(Messages.analysis_tie, tie.getLabel()), List.of(tie.getId())));
			} else if (knower.professional() != null) {
				knowers.add(new Mention(person(knower.professional(), knower.organisation()),
						List.of(knower.professional().getId())));
			} else if (knower.organisation() != null) {
				knowers.add(new Mention(knower.organisation().getName(), List.of(knower.organisation().getId())));
			}
		}
		answer(Messages.analysis_knows, knowers, Messages.analysis_nobodyKnows, true);

		List<Mention> domains = new ArrayList<>();
		for (LifeDomainStatus status : CaseAnalysis.missingLifeDomains(aCase)) {
			String name = status.getDomain() == null ? "?" : status.getDomain().getName(); //$NON-NLS-1$
			domains.add(new Mention(NLS.bind(Messages.analysis_domain, name, ModelLabels.literal(status.getSeverity())),
					List.of()));
		}
		answer(Messages.analysis_missingDomains, domains, Messages.analysis_noMissingDomains, false);

		List<Mention> parties = new ArrayList<>();
		for (CaseAnalysis.MissingParty party : CaseAnalysis.missingParties(aCase)) {
			List<String> dates = new ArrayList<>();
			for (Meeting meeting : party.meetings()) {
				dates.add(DateFormats.format(meeting.getDate()));
			}
			parties.add(new Mention(NLS.bind(Messages.analysis_absentAt, party.organisation().getName(),
					String.join(", ", dates)), List.of(party.organisation().getId()))); //$NON-NLS-1$
		}
		answer(Messages.analysis_missingParties, parties, Messages.analysis_none, false);
	}

	private void networkAnswers(NetworkGraph shown, boolean region) {
		List<Mention> brokers = new ArrayList<>();
		for (NetworkAnalysis.Broker broker : NetworkAnalysis.brokers(shown, BROKERS)) {
			brokers.add(new Mention(NLS.bind(Messages.analysis_brokerScore, name(broker.node()),
					String.format(Locale.ROOT, "%.2f", Double.valueOf(broker.score()))), List.of(broker.node().id()))); //$NON-NLS-1$
		}
		answer(Messages.analysis_brokers, brokers, Messages.analysis_none, false);
		if (region) {
			List<Mention> isolated = new ArrayList<>();
			for (NetworkNode node : NetworkAnalysis.isolatedPartners(shown)) {
				isolated.add(new Mention(name(node), List.of(node.id())));
			}
			answer(Messages.analysis_isolated, isolated, Messages.analysis_none, false);
		}
		List<Mention> tensions = new ArrayList<>();
		List<Mention> missing = new ArrayList<>();
		for (NetworkEdge edge : shown.edges()) {
			if (EdgeTypes.key(RelationKind.TENSION).equals(edge.type())) {
				String text = name(edge.source()) + " \u2194 " + name(edge.target()) //$NON-NLS-1$
						+ (edge.label() == null ? "" : ": " + edge.label()); //$NON-NLS-1$ //$NON-NLS-2$
				tensions.add(new Mention(text, List.of(edge.source().id(), edge.target().id())));
			} else if (EdgeTypes.key(RelationKind.MISSING).equals(edge.type())) {
				missing.add(new Mention(name(edge.source()) + " \u2192 " + name(edge.target()), //$NON-NLS-1$
						List.of(edge.source().id(), edge.target().id())));
			}
		}
		answer(Messages.analysis_tensions, tensions, Messages.analysis_none, false);
		if (region || !missing.isEmpty()) {
			answer(Messages.analysis_missingPartners, missing, Messages.analysis_none, false);
		}
	}

	private static String name(NetworkNode node) {
		return node.element() instanceof Organisation organisation && organisation.getName() != null
				? organisation.getName()
				: node.label();
	}

	private static String person(Professional professional, Organisation organisation) {
		return organisation == null ? professional.getName()
				: NLS.bind(Messages.analysis_person, professional.getName(), organisation.getName());
	}
}
