/* awc-series-list.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-series-list.h"
#include "awc-series-row.h"

/* GTK 4.8 has no list sections, so each panel (group) gets its own small
 * GtkListView under a header, all stacked in one scrolled box that is
 * rebuilt when the report's series change. */

struct _AwcSeriesList
{
  GtkWidget   parent_instance;

  /* Owned */
  AwcReport  *report;
  GListModel *series;      /* the report's, to disconnect from */
  GPtrArray  *rows;        /* AwcSeriesRow, weak: every row set up by a factory */
  GHashTable *isolated;    /* group → GStrv: ids shown before "show only one" */

  double      view_start;
  double      view_end;
  guint       first;
  guint       last;
  gboolean    dark;

  /* Template widgets */
  GtkWidget  *empty_label;
  GtkWidget  *scope_label;
  GtkWidget  *zoomed_scope_label;
  GtkBox     *groups_box;
};

G_DEFINE_FINAL_TYPE (AwcSeriesList, awc_series_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_VIEW_START,
  PROP_VIEW_END,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
series_has_data (AwcSeries *series)
{
  return awc_series_get_n_values (series) > 0 && isfinite (awc_series_get_min (series));
}

static void
row_gone_cb (gpointer  data,
             GObject  *where_the_object_was)
{
  AwcSeriesList *self = data;

  g_ptr_array_remove_fast (self->rows, where_the_object_was);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AwcSeriesList            *self)
{
  GtkWidget *row = awc_series_row_new ();

  awc_series_row_set_range (AWC_SERIES_ROW (row), self->first, self->last);
  awc_series_row_set_dark (AWC_SERIES_ROW (row), self->dark);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);

  g_ptr_array_add (self->rows, row);
  g_object_weak_ref (G_OBJECT (row), row_gone_cb, self);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AwcSeriesList            *self)
{
  awc_series_row_set_series (AWC_SERIES_ROW (gtk_list_item_get_child (item)),
                             gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AwcSeriesList            *self)
{
  awc_series_row_set_series (AWC_SERIES_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
add_group (AwcSeriesList *self,
           AwcSeries     *first_series,
           GListModel    *members)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;
  const char *group_id = awc_series_get_group (first_series);
  const char *title = awc_series_get_group_title (first_series);
  GtkWidget *group;
  GtkListView *list_view;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/awc-series-group.ui");
  group = GTK_WIDGET (gtk_builder_get_object (builder, "group"));
  list_view = GTK_LIST_VIEW (gtk_builder_get_object (builder, "list_view"));

  if (title == NULL || *title == '\0')
    title = group_id;
  gtk_label_set_text (GTK_LABEL (gtk_builder_get_object (builder, "title_label")), title);
  gtk_widget_set_name (group, group_id);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (gtk_builder_get_object (builder, "show_all_button")),
                                          g_variant_new_string (group_id));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (gtk_builder_get_object (builder, "hide_all_button")),
                                          g_variant_new_string (group_id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (list_view, factory);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (members)));
  gtk_list_view_set_model (list_view, selection);

  gtk_box_append (self->groups_box, group);
}

static void
rebuild (AwcSeriesList *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_group = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;
  guint n = self->series != NULL ? g_list_model_get_n_items (self->series) : 0;

  /* GTK 4.8 hits a critical in the next layout when the focused widget
   * goes away inside a GtkListView, so drop the focus first. */
  if (gtk_widget_get_state_flags (GTK_WIDGET (self->groups_box)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    gtk_root_set_focus (gtk_widget_get_root (GTK_WIDGET (self)), NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  /* The report orders series by panel already; the table only guards
   * against a group showing up twice when unknown series come last. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (self->series, i);
      const char *group = awc_series_get_group (series);
      GListStore *store;

      if (!series_has_data (series))
        continue;

      if (group == NULL)
        group = "";
      store = g_hash_table_lookup (by_group, group);
      if (store == NULL)
        {
          store = g_list_store_new (AWC_TYPE_SERIES);
          g_hash_table_insert (by_group, (gpointer) group, store);
          g_ptr_array_add (order, store);
        }
      g_list_store_append (store, series);
    }

  for (guint i = 0; i < order->len; i++)
    {
      GListModel *members = g_ptr_array_index (order, i);
      g_autoptr(AwcSeries) first = g_list_model_get_item (members, 0);

      add_group (self, first, members);
    }

  gtk_widget_set_visible (self->empty_label, order->len == 0);
}

static void
update_range (AwcSeriesList *self)
{
  guint first = 0;
  guint last = G_MAXUINT;
  gboolean zoomed;

  if (self->report != NULL && !isnan (self->view_start) && !isnan (self->view_end))
    {
      guint n_points;
      const double *t = awc_report_get_timestamps (self->report, &n_points);

      first = awc_report_lower_bound (self->report, self->view_start);
      last = awc_report_lower_bound (self->report, self->view_end);
      /* The end of the range is inclusive, like the chart's. */
      while (last < n_points && t[last] <= self->view_end)
        last++;
    }

  /* The rows' min / mean / max / last follow the zoom: say which. */
  zoomed = !isnan (self->view_start) && !isnan (self->view_end);
  gtk_widget_set_visible (self->scope_label, !zoomed);
  gtk_widget_set_visible (self->zoomed_scope_label, zoomed);

  if (first == self->first && last == self->last)
    return;

  self->first = first;
  self->last = last;
  for (guint i = 0; i < self->rows->len; i++)
    awc_series_row_set_range (g_ptr_array_index (self->rows, i), first, last);
}

static void
series_items_changed_cb (AwcSeriesList *self,
                         guint          position,
                         guint          removed,
                         guint          added,
                         GListModel    *model)
{
  rebuild (self);
}

static void
n_points_changed_cb (AwcSeriesList *self,
                     GParamSpec    *pspec,
                     AwcReport     *report)
{
  /* New timestamps: the same times may be other indices now.  No range
   * computes to first > last, so this forces the update. */
  self->first = G_MAXUINT;
  self->last = 0;
  update_range (self);
}

static void
set_group_visible (AwcSeriesList *self,
                   const char    *group,
                   AwcSeries     *only,
                   gboolean       visible)
{
  guint n;

  if (self->series == NULL)
    return;

  n = g_list_model_get_n_items (self->series);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcSeries) series = g_list_model_get_item (self->series, i);

      if (g_strcmp0 (awc_series_get_group (series), group) != 0)
        continue;
      if (only != NULL)
        awc_series_set_visible (series, series == only);
      else
        awc_series_set_visible (series, visible);
    }
}

/* The ids of @group's shown series; *@only_this: @series alone is shown. */
static GStrv
group_shown (AwcSeriesList *self,
             const char    *group,
             AwcSeries     *series,
             gboolean      *only_this)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  *only_this = awc_series_get_visible (series);
  for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
    {
      g_autoptr(AwcSeries) s = g_list_model_get_item (self->series, i);

      if (g_strcmp0 (awc_series_get_group (s), group) != 0 || !awc_series_get_visible (s))
        continue;
      g_strv_builder_add (ids, awc_series_get_id (s));
      *only_this = *only_this && s == series;
    }
  return g_strv_builder_end (ids);
}

/* Click on a title: show only that series; click the isolated series
 * again: its group comes back as it was (all of it when nothing was
 * remembered, or when it was alone already). */
static void
isolate_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  AwcSeriesList *self = AWC_SERIES_LIST (widget);
  g_auto(GStrv) shown = NULL;
  const char *group;
  AwcSeries *series;
  gboolean only_this;
  GStrv before;

  if (self->report == NULL || self->series == NULL ||
      !(series = awc_report_find_series (self->report, g_variant_get_string (param, NULL))))
    return;

  group = awc_series_get_group (series);
  shown = group_shown (self, group, series, &only_this);
  if (!only_this)
    {
      g_hash_table_replace (self->isolated, g_strdup (group ? group : ""), g_steal_pointer (&shown));
      set_group_visible (self, group, series, TRUE);
      return;
    }

  before = g_hash_table_lookup (self->isolated, group ? group : "");
  if (before == NULL || g_strv_length (before) <= 1)
    set_group_visible (self, group, NULL, TRUE);
  else
    for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
      {
        g_autoptr(AwcSeries) s = g_list_model_get_item (self->series, i);

        if (g_strcmp0 (awc_series_get_group (s), group) == 0)
          awc_series_set_visible (s, g_strv_contains ((const char * const *) before,
                                                      awc_series_get_id (s)));
      }
  g_hash_table_remove (self->isolated, group ? group : "");
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  AwcSeriesList *self = AWC_SERIES_LIST (widget);
  AwcSeries *series;

  if (self->report == NULL ||
      !(series = awc_report_find_series (self->report, g_variant_get_string (param, NULL))))
    return;

  awc_series_set_visible (series, !awc_series_get_visible (series));
}

static void
show_group_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  set_group_visible (AWC_SERIES_LIST (widget), g_variant_get_string (param, NULL), NULL,
                     g_str_equal (action_name, "series-list.show-group"));
}

static void
disconnect_report (AwcSeriesList *self)
{
  if (self->series != NULL)
    g_signal_handlers_disconnect_by_data (self->series, self);
  if (self->report != NULL)
    g_signal_handlers_disconnect_by_data (self->report, self);
  g_clear_object (&self->series);
  g_clear_object (&self->report);
  if (self->isolated != NULL)
    g_hash_table_remove_all (self->isolated);
}

static void
awc_series_list_dispose (GObject *object)
{
  AwcSeriesList *self = (AwcSeriesList *)object;
  GtkWidget *child;

  disconnect_report (self);

  /* Rows still alive (the template goes below) must not call back. */
  if (self->rows != NULL)
    {
      for (guint i = 0; i < self->rows->len; i++)
        g_object_weak_unref (g_ptr_array_index (self->rows, i), row_gone_cb, self);
      g_ptr_array_set_size (self->rows, 0);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_SERIES_LIST);
  /* Template children without an id are not cleared by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (awc_series_list_parent_class)->dispose (object);
}

static void
awc_series_list_finalize (GObject *object)
{
  AwcSeriesList *self = (AwcSeriesList *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->isolated, g_hash_table_unref);

  G_OBJECT_CLASS (awc_series_list_parent_class)->finalize (object);
}

static void
awc_series_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AwcSeriesList *self = AWC_SERIES_LIST (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, awc_series_list_get_report (self));
      break;

    case PROP_VIEW_START:
      g_value_set_double (value, self->view_start);
      break;

    case PROP_VIEW_END:
      g_value_set_double (value, self->view_end);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, awc_series_list_get_dark (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AwcSeriesList *self = AWC_SERIES_LIST (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      awc_series_list_set_report (self, g_value_get_object (value));
      break;

    case PROP_VIEW_START:
      awc_series_list_set_view_range (self, g_value_get_double (value), self->view_end);
      break;

    case PROP_VIEW_END:
      awc_series_list_set_view_range (self, self->view_start, g_value_get_double (value));
      break;

    case PROP_DARK:
      awc_series_list_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_list_class_init (AwcSeriesListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_series_list_dispose;
  object_class->finalize = awc_series_list_finalize;
  object_class->get_property = awc_series_list_get_property;
  object_class->set_property = awc_series_list_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AWC_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The real default is NaN (the whole run); a param spec cannot say so. */
  properties[PROP_VIEW_START] =
    g_param_spec_double ("view-start", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_END] =
    g_param_spec_double ("view-end", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-series-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesList, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesList, scope_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesList, zoomed_scope_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesList, groups_box);

  gtk_widget_class_install_action (widget_class, "series-list.isolate", "s", isolate_action);
  gtk_widget_class_install_action (widget_class, "series-list.toggle", "s", toggle_action);
  gtk_widget_class_install_action (widget_class, "series-list.show-group", "s", show_group_action);
  gtk_widget_class_install_action (widget_class, "series-list.hide-group", "s", show_group_action);

  gtk_widget_class_set_css_name (widget_class, "serieslist");

  g_type_ensure (AWC_TYPE_SERIES_ROW);
}

static void
awc_series_list_init (AwcSeriesList *self)
{
  self->rows = g_ptr_array_new ();
  self->isolated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  self->view_start = NAN;
  self->view_end = NAN;
  self->last = G_MAXUINT;

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
awc_series_list_new (void)
{
  return g_object_new (AWC_TYPE_SERIES_LIST, NULL);
}

AwcReport *
awc_series_list_get_report (AwcSeriesList *self)
{
  g_return_val_if_fail (AWC_IS_SERIES_LIST (self), NULL);

  return self->report;
}

void
awc_series_list_set_report (AwcSeriesList *self,
                            AwcReport     *report)
{
  g_return_if_fail (AWC_IS_SERIES_LIST (self));
  g_return_if_fail (report == NULL || AWC_IS_REPORT (report));

  if (self->report == report)
    return;

  disconnect_report (self);

  if (report != NULL)
    {
      self->report = g_object_ref (report);
      self->series = g_object_ref (awc_report_get_series (report));
      g_signal_connect_object (self->series, "items-changed",
                               G_CALLBACK (series_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (report, "notify::n-points",
                               G_CALLBACK (n_points_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  /* No range computes to first > last: forces the update. */
  self->first = G_MAXUINT;
  self->last = 0;
  update_range (self);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

void
awc_series_list_set_view_range (AwcSeriesList *self,
                                double         start,
                                double         end)
{
  gboolean start_changed, end_changed;

  g_return_if_fail (AWC_IS_SERIES_LIST (self));

  /* NaN != NaN, so compare "both NaN" explicitly. */
  start_changed = !(start == self->view_start || (isnan (start) && isnan (self->view_start)));
  end_changed = !(end == self->view_end || (isnan (end) && isnan (self->view_end)));
  if (!start_changed && !end_changed)
    return;

  self->view_start = start;
  self->view_end = end;
  update_range (self);

  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_END]);
}

void
awc_series_list_get_view_range (AwcSeriesList *self,
                                double        *start,
                                double        *end)
{
  g_return_if_fail (AWC_IS_SERIES_LIST (self));

  if (start != NULL)
    *start = self->view_start;
  if (end != NULL)
    *end = self->view_end;
}

gboolean
awc_series_list_get_dark (AwcSeriesList *self)
{
  g_return_val_if_fail (AWC_IS_SERIES_LIST (self), FALSE);

  return self->dark;
}

void
awc_series_list_set_dark (AwcSeriesList *self,
                          gboolean       dark)
{
  g_return_if_fail (AWC_IS_SERIES_LIST (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  for (guint i = 0; i < self->rows->len; i++)
    awc_series_row_set_dark (g_ptr_array_index (self->rows, i), dark);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}
