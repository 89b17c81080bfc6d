/* awc-insights-panel.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's Insights popover: phases, events and the capacity line of
 * the report, computed in a worker thread from a copy of its curves. */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-insights-panel.h"
#include "awc-util.h"
#include "model/awc-catalog.h"
#include "model/awc-run-data.h"
#include "render/awc-capacity-plot.h"

struct _AwcInsightsPanel
{
  GtkWidget     parent_instance;

  AwcReport    *report;
  AwcInsights  *insights;
  AwcChartView *chart_view;      /* weak */
  GCancellable *cancellable;
  GSettings    *settings;
  GtkWidget    *capacity_window; /* weak */

  GtkWidget    *status_label;
  GtkWidget    *copy_button;
  GtkWidget    *phase_grid;
  GtkWidget    *events_list;
  GtkWidget    *capacity_label;
  GtkWidget    *capacity_button;
};

G_DEFINE_FINAL_TYPE (AwcInsightsPanel, awc_insights_panel, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_REPORT, PROP_INSIGHTS, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* "+12:34" or "+1:02:03", as the readout shows elapsed time. */
static char *
format_elapsed (double seconds)
{
  guint64 s;

  if (!isfinite (seconds))
    return g_strdup ("—");
  s = (guint64) llround (MAX (seconds, 0));
  if (s >= 3600)
    return g_strdup_printf ("+%u:%02u:%02u", (guint) (s / 3600), (guint) (s / 60 % 60), (guint) (s % 60));
  return g_strdup_printf ("+%u:%02u", (guint) (s / 60), (guint) (s % 60));
}

static char *
format_with_interval (AwcUnit unit,
                      double  mean,
                      double  lo,
                      double  hi)
{
  g_autofree char *value = NULL;
  g_autofree char *half = NULL;

  if (!isfinite (mean))
    return g_strdup ("—");
  value = awc_unit_format_value (unit, mean);
  if (!isfinite (lo) || !isfinite (hi))
    return g_steal_pointer (&value);
  half = awc_unit_format_value (unit, (hi - lo) / 2);
  /* TRANSLATORS: a mean and its 95 % interval's half-width, "1540 /s ± 12 /s" */
  return g_strdup_printf (_("%s ± %s"), value, half);
}

static char *
format_percent (double mean,
                double lo,
                double hi)
{
  if (!isfinite (mean))
    return g_strdup ("—");
  if (!isfinite (lo) || !isfinite (hi))
    return g_strdup_printf ("%.2f %%", mean);
  return g_strdup_printf (_("%.2f %% ± %.2f pp"), mean, (hi - lo) / 2);
}

static const char *
series_title (const char *id)
{
  const AwcCatalogEntry *entry;

  if (g_strcmp0 (id, AWC_EVENTS_ERROR_RATE_ID) == 0)
    return _("Error rate");
  entry = awc_catalog_lookup (id);
  return entry != NULL ? _(entry->title) : id;
}

static char *
format_event_value (const AwcEvent *e,
                    double          value)
{
  const AwcCatalogEntry *entry = awc_catalog_lookup (e->series_id);

  if (g_strcmp0 (e->series_id, AWC_EVENTS_ERROR_RATE_ID) == 0)
    return g_strdup_printf ("%.2f %%", value);
  return awc_unit_format_value (entry != NULL ? entry->unit : AWC_UNIT_COUNT, value);
}

/* The cells of phase @i: kind, span, users, TPS, response time, errors. */
static void
phase_cells (AwcInsights *insights,
             guint        i,
             char        *cells[6])
{
  const AwcPhase *p = awc_insights_get_phase (insights, i);
  double origin = awc_insights_get_origin (insights);
  g_autofree char *from = format_elapsed (p->t_start - origin);
  g_autofree char *to = format_elapsed (p->t_end - origin);

  cells[0] = g_strdup (awc_phase_kind_to_title (p->kind));
  cells[1] = g_strdup_printf ("%s – %s", from, to);
  cells[2] = awc_unit_format_value (AWC_UNIT_USERS, p->vusers);
  cells[3] = format_with_interval (AWC_UNIT_PER_SECOND, p->tps, p->tps_lo, p->tps_hi);
  cells[4] = format_with_interval (AWC_UNIT_MILLISECONDS, p->rt_ms, p->rt_lo, p->rt_hi);
  cells[5] = format_percent (p->error_pct, p->error_lo, p->error_hi);
}

static const char *
column_title (guint c)
{
  static const char *titles[6] = {
    N_("Phase"), N_("Span"), N_("Users"), N_("TPS"), N_("Response time"), N_("Errors"),
  };
  return _(titles[c]);
}

char *
awc_insights_panel_dup_markdown (AwcInsightsPanel *self)
{
  GString *out;
  guint n;

  g_return_val_if_fail (AWC_IS_INSIGHTS_PANEL (self), NULL);
  if (self->insights == NULL)
    return NULL;

  out = g_string_new ("|");
  for (guint c = 0; c < 6; c++)
    g_string_append_printf (out, " %s |", column_title (c));
  g_string_append (out, "\n|");
  for (guint c = 0; c < 6; c++)
    g_string_append (out, c < 2 ? " --- |" : " ---: |");
  g_string_append_c (out, '\n');
  n = awc_insights_get_n_phases (self->insights);
  for (guint i = 0; i < n; i++)
    {
      char *cells[6];

      phase_cells (self->insights, i, cells);
      g_string_append_c (out, '|');
      for (guint c = 0; c < 6; c++)
        {
          g_string_append_printf (out, " %s |", cells[c]);
          g_free (cells[c]);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "\n%s\n",
                          /* xgettext:no-c-format */
                          _("Steady figures after the warm-up, ± half a 95 % interval."));
  return g_string_free (out, FALSE);
}

static void
copy_clicked_cb (AwcInsightsPanel *self)
{
  g_autofree char *text = awc_insights_panel_dup_markdown (self);

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_LIST_BOX (widget))
        gtk_list_box_remove (GTK_LIST_BOX (widget), child);
      else
        gtk_grid_remove (GTK_GRID (widget), child);
    }
}

static void
fill_phases (AwcInsightsPanel *self)
{
  guint n = awc_insights_get_n_phases (self->insights);

  for (guint c = 0; c < 6; c++)
    gtk_grid_attach (GTK_GRID (self->phase_grid), cell_label (column_title (c), TRUE, c >= 2), c, 0, 1, 1);
  if (n == 0)
    gtk_grid_attach (GTK_GRID (self->phase_grid),
                     cell_label (_("None: the report has no virtual users above zero"), FALSE, FALSE),
                     0, 1, 6, 1);
  for (guint i = 0; i < n; i++)
    {
      char *cells[6];

      phase_cells (self->insights, i, cells);
      for (guint c = 0; c < 6; c++)
        {
          gtk_grid_attach (GTK_GRID (self->phase_grid), cell_label (cells[c], FALSE, c >= 2), c, i + 1, 1, 1);
          g_free (cells[c]);
        }
    }
}

static void
fill_events (AwcInsightsPanel *self)
{
  double origin = awc_insights_get_origin (self->insights);
  guint n = awc_insights_get_n_events (self->insights);

  for (guint i = 0; i < n; i++)
    {
      const AwcEvent *e = awc_insights_get_event (self->insights, i);
      g_autofree char *from = format_elapsed (e->t_start - origin);
      g_autofree char *to = format_elapsed (e->t_end - origin);
      g_autofree char *peak = format_event_value (e, e->peak);
      g_autofree char *base = format_event_value (e, e->baseline);
      g_autofree char *detail = NULL;
      g_autofree char *title = NULL;
      g_autofree char *series = awc_escape_text (series_title (e->series_id));
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label;

      if (e->kind == AWC_EVENT_LOAD_CHANGE)
        detail = g_strdup_printf (_("from %s to %s"), base, peak);
      else if (e->kind == AWC_EVENT_THRESHOLD)
        detail = g_strdup_printf (_("worst %s, target %s"), peak, base);
      else
        detail = g_strdup_printf (_("peak %s, baseline %s"), peak, base);
      title = g_strdup_printf ("%s – %s   %s", from, to, awc_event_kind_to_title (e->kind));
      label = cell_label (title, FALSE, FALSE);
      gtk_box_append (GTK_BOX (box), label);
      {
        g_autofree char *line = g_strdup_printf ("%s: %s", series, detail);

        label = cell_label (line, FALSE, FALSE);
        gtk_widget_add_css_class (label, "dim-label");
        gtk_box_append (GTK_BOX (box), label);
      }
      gtk_widget_set_margin_start (box, 8);
      gtk_widget_set_margin_end (box, 8);
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "awc-event-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (GTK_LIST_BOX (self->events_list), row);
    }
  if (n == 0)
    {
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), cell_label (_("No events"), FALSE, FALSE));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (GTK_LIST_BOX (self->events_list), row);
    }
}

static void
fill_capacity (AwcInsightsPanel *self)
{
  const char *reason = NULL;
  const AwcUslFit *fit = awc_insights_get_capacity (self->insights, &reason);
  g_autofree char *text = NULL;

  if (fit == NULL)
    text = g_strdup (reason != NULL ? reason : _("No fit"));
  else
    {
      g_autofree char *lambda = awc_unit_format_value (AWC_UNIT_PER_SECOND, fit->lambda);

      if (isfinite (fit->peak_users))
        text = g_strdup_printf (_("%u levels, R² %.3f: λ %s per user, σ %.4f (contention), κ %.6f (coherency); throughput peaks at about N* = %.0f users."),
                                fit->levels, fit->r2, lambda, fit->sigma, fit->kappa, fit->peak_users);
      else
        text = g_strdup_printf (_("%u levels, R² %.3f: λ %s per user, σ %.4f (contention), κ %.6f (coherency); no peak."),
                                fit->levels, fit->r2, lambda, fit->sigma, fit->kappa);
    }
  gtk_label_set_label (GTK_LABEL (self->capacity_label), text);
}

static void
update_chart (AwcInsightsPanel *self)
{
  if (self->chart_view == NULL)
    return;
  if (g_settings_get_boolean (self->settings, "show-insights"))
    awc_chart_view_set_insights (self->chart_view, self->insights);
  else
    awc_chart_view_set_insights (self->chart_view, NULL);
}

static void
set_insights (AwcInsightsPanel *self,
              AwcInsights      *insights)
{
  if (self->insights == insights)
    return;
  g_clear_pointer (&self->insights, awc_insights_unref);
  if (insights != NULL)
    self->insights = awc_insights_ref (insights);

  clear_children (self->phase_grid);
  clear_children (self->events_list);
  gtk_label_set_label (GTK_LABEL (self->capacity_label), "");
  if (self->insights != NULL)
    {
      fill_phases (self);
      fill_events (self);
      fill_capacity (self);
    }
  gtk_widget_set_visible (self->status_label, self->insights == NULL);
  gtk_widget_set_sensitive (self->copy_button, self->insights != NULL);
  gtk_widget_set_sensitive (self->capacity_button, self->insights != NULL);
  if (self->capacity_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->capacity_window));
  update_chart (self);
  /* Test-only hook for screenshots: open the popover once computed. */
  if (self->insights != NULL && g_getenv ("AWCHART_SCREENSHOT_INSIGHTS") != NULL)
    {
      GtkWidget *button = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_MENU_BUTTON);

      if (button == NULL)
        {
          GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);

          if (popover != NULL && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (popover)))
            button = gtk_widget_get_parent (popover);
        }
      if (button != NULL)
        gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSIGHTS]);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const AwcRunData *data = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, awc_insights_new (data), (GDestroyNotify) awc_insights_unref);
}

static void
run_data_free (gpointer data)
{
  awc_run_data_clear (data);
  g_free (data);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AwcInsights) insights = g_task_propagate_pointer (G_TASK (result), NULL);
  AwcInsightsPanel *self;

  if (insights == NULL)
    return;   /* cancelled: a newer report, or the panel went away */
  self = AWC_INSIGHTS_PANEL (source);
  set_insights (self, insights);
}

void
awc_insights_panel_set_report (AwcInsightsPanel *self,
                               AwcReport        *report)
{
  g_autoptr(GTask) task = NULL;
  AwcRunData *data;

  g_return_if_fail (AWC_IS_INSIGHTS_PANEL (self));

  if (!g_set_object (&self->report, report))
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_insights (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  if (report == NULL)
    return;

  /* Copied here, on the main thread; computed there, on plain arrays. */
  data = g_new0 (AwcRunData, 1);
  awc_run_data_init_from_report (data, report);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
  g_task_set_source_tag (task, awc_insights_panel_set_report);
  g_task_set_task_data (task, data, run_data_free);
  g_task_run_in_thread (task, compute_thread);
}

void
awc_insights_panel_set_chart_view (AwcInsightsPanel *self,
                                   AwcChartView     *view)
{
  g_return_if_fail (AWC_IS_INSIGHTS_PANEL (self));

  g_set_weak_pointer (&self->chart_view, view);
  update_chart (self);
}

AwcInsights *
awc_insights_panel_get_insights (AwcInsightsPanel *self)
{
  g_return_val_if_fail (AWC_IS_INSIGHTS_PANEL (self), NULL);
  return self->insights;
}

GtkListBox *
awc_insights_panel_get_events_list (AwcInsightsPanel *self)
{
  g_return_val_if_fail (AWC_IS_INSIGHTS_PANEL (self), NULL);
  return GTK_LIST_BOX (self->events_list);
}

/* Cursor to the event's start, the view on it with three times its
 * length of context on each side. */
static void
event_activated_cb (AwcInsightsPanel *self,
                    GtkListBoxRow    *row)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "awc-event-index"));
  AwcTimeAxisController *axis;
  const AwcEvent *e;
  double length;

  if (self->insights == NULL || self->chart_view == NULL || i >= awc_insights_get_n_events (self->insights))
    return;
  e = awc_insights_get_event (self->insights, i);
  length = MAX (e->t_end - e->t_start, 10);
  axis = awc_chart_view_get_time_axis (self->chart_view);
  awc_time_axis_controller_set_view_range (axis, e->t_start - 3 * length, e->t_end + 3 * length);
  awc_time_axis_controller_set_cursor_time (axis, e->t_start);
  awc_time_axis_controller_set_cursor_pinned (axis, TRUE);
}

static void
draw_capacity (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  AwcCapacityData *plot = user_data;
  AwcChartView *view = g_object_get_data (G_OBJECT (area), "awc-chart-view");
  gboolean dark = view != NULL && awc_chart_view_get_dark (view);

  awc_render_capacity (cr, width, height, plot, dark ? AWC_THEME_DARK : AWC_THEME_LIGHT);
}

GtkWindow *
awc_insights_panel_show_capacity (AwcInsightsPanel *self)
{
  g_autofree char *title = NULL;
  GtkWidget *window, *area;
  GtkRoot *root;
  AwcCapacityData *plot;

  g_return_val_if_fail (AWC_IS_INSIGHTS_PANEL (self), NULL);
  if (self->insights == NULL)
    return NULL;
  if (self->capacity_window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->capacity_window));
      return GTK_WINDOW (self->capacity_window);
    }

  title = self->report != NULL ? g_strdup (awc_report_get_title (self->report)) : NULL;
  plot = awc_insights_dup_capacity_data (self->insights, title);
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Capacity Curve"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 460);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER)))
    gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER)));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_set_vexpand (area, TRUE);
  g_object_set_data (G_OBJECT (area), "awc-chart-view", self->chart_view);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_capacity, plot,
                                  (GDestroyNotify) awc_capacity_data_free);
  gtk_window_set_child (GTK_WINDOW (window), area);
  g_set_weak_pointer (&self->capacity_window, window);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
settings_changed_cb (AwcInsightsPanel *self)
{
  update_chart (self);
}

static void
awc_insights_panel_dispose (GObject *object)
{
  AwcInsightsPanel *self = AWC_INSIGHTS_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->capacity_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->capacity_window));
  g_clear_weak_pointer (&self->capacity_window);
  g_clear_weak_pointer (&self->chart_view);
  g_clear_object (&self->report);
  g_clear_pointer (&self->insights, awc_insights_unref);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_INSIGHTS_PANEL);
  {
    GtkWidget *child;

    while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
      gtk_widget_unparent (child);
  }

  G_OBJECT_CLASS (awc_insights_panel_parent_class)->dispose (object);
}

static void
awc_insights_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AwcInsightsPanel *self = AWC_INSIGHTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_INSIGHTS:
      g_value_set_boxed (value, self->insights);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_insights_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AwcInsightsPanel *self = AWC_INSIGHTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      awc_insights_panel_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_insights_panel_class_init (AwcInsightsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_insights_panel_dispose;
  object_class->get_property = awc_insights_panel_get_property;
  object_class->set_property = awc_insights_panel_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AWC_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSIGHTS] =
    g_param_spec_boxed ("insights", NULL, NULL, AWC_TYPE_INSIGHTS,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/awchart/AwChart/ui/awc-insights-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, copy_button);
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, phase_grid);
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, events_list);
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, capacity_label);
  gtk_widget_class_bind_template_child (widget_class, AwcInsightsPanel, capacity_button);
}

static void
awc_insights_panel_init (AwcInsightsPanel *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);
  gtk_widget_set_size_request (GTK_WIDGET (self), 560, -1);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::show-insights",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->copy_button, "clicked",
                           G_CALLBACK (copy_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->capacity_button, "clicked",
                           G_CALLBACK (awc_insights_panel_show_capacity), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->events_list, "row-activated",
                           G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
awc_insights_panel_new (void)
{
  return g_object_new (AWC_TYPE_INSIGHTS_PANEL, NULL);
}
