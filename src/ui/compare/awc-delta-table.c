/* awc-delta-table.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-delta-table.h"
#include "awc-util.h"

/* Rows are metric numbers in a GtkStringList: the summary is a plain
 * struct, so the factories look the row up instead of wrapping each one
 * in a GObject. */

enum {
  COL_METRIC,
  COL_A,
  COL_B,
  COL_DIFF,
  COL_REL,
  COL_VERDICT,
  N_COLUMNS
};

enum {
  PROP_0,
  PROP_SUMMARY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

struct _AwcDeltaTable
{
  GtkWidget        parent_instance;

  /* Owned */
  AwcDeltaSummary *summary;
  char            *error;
  GtkStringList   *rows;
  guint            copied_id;

  /* Template widgets */
  GtkLabel        *window_label;
  GtkLabel        *method_label;
  GtkLabel        *load_label;
  GtkLabel        *error_label;
  GtkButton       *steady_button;
  GtkRevealer     *copied_revealer;
  GtkLabel        *copied_label;
  GtkColumnView   *column_view;
  GtkGrid         *bucket_grid;
  GtkLabel        *shift_label;
};

G_DEFINE_FINAL_TYPE (AwcDeltaTable, awc_delta_table, GTK_TYPE_WIDGET)

static const AwcDeltaRow *
item_row (AwcDeltaTable *self,
          GtkListItem   *item)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  guint64 metric;

  if (self->summary == NULL || object == NULL)
    return NULL;
  metric = g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  return metric < AWC_DELTA_N_METRICS ? &self->summary->rows[metric] : NULL;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (GPOINTER_TO_INT (column) == COL_METRIC)
    gtk_label_set_xalign (GTK_LABEL (label), 0);
  else if (GPOINTER_TO_INT (column) == COL_VERDICT)
    gtk_label_set_xalign (GTK_LABEL (label), 0);
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         AwcDeltaTable            *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  const AwcDeltaRow *row = item_row (self, item);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_remove_css_class (label, "warning");
  if (row == NULL)
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      return;
    }

  switch (column)
    {
    case COL_METRIC:
      text = g_strdup (row->title);
      break;
    case COL_A:
      text = awc_delta_row_format_value (row, row->a);
      break;
    case COL_B:
      text = awc_delta_row_format_value (row, row->b);
      break;
    case COL_DIFF:
      text = awc_delta_row_format_diff (row);
      break;
    case COL_REL:
      text = awc_delta_row_format_rel (row);
      break;
    case COL_VERDICT:
      text = g_strdup (awc_delta_verdict_to_label (row->verdict));
      if (row->verdict == AWC_DELTA_BETTER)
        gtk_widget_add_css_class (label, "success");
      else if (row->verdict == AWC_DELTA_WORSE)
        gtk_widget_add_css_class (label, "error");
      else if (row->verdict == AWC_DELTA_LOAD_DIFFERS)
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_add_css_class (label, "dim-label");
      if (row->note != NULL)
        tooltip = g_strdup (row->note);
      else if (row->verdict == AWC_DELTA_NO_MEANINGFUL_CHANGE)
        {
          g_autofree char *min = awc_delta_row_format_min_change (row);

          /* Translators: the tooltip of "no meaningful change" */
          tooltip = g_strdup_printf (_("The difference is smaller than the minimum meaningful change (%s)"), min);
        }
      else if (isfinite (row->ci_low) && isfinite (row->ci_high))
        {
          g_autofree char *low = awc_delta_row_format_value (row, row->ci_low);
          g_autofree char *high = awc_delta_row_format_value (row, row->ci_high);

          /* Translators: the bootstrap interval of B − A */
          tooltip = g_strdup_printf (_("95 %% interval of B − A: %s … %s"), low, high);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "—");
  gtk_widget_set_tooltip_text (label, tooltip);
}

static void
add_column (AwcDeltaTable *self,
            const char    *title,
            int            column)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  view_column = gtk_column_view_column_new (title, factory);
  if (column == COL_METRIC)
    gtk_column_view_column_set_expand (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static GtkWidget *
grid_label (const char *text,
            float       xalign,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
fill_buckets (AwcDeltaTable *self)
{
  GtkWidget *child;
  g_autoptr(GString) shifts = g_string_new (NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->bucket_grid))) != NULL)
    gtk_grid_remove (self->bucket_grid, child);

  if (self->summary == NULL || self->summary->buckets->len == 0)
    {
      gtk_label_set_text (self->shift_label, self->summary != NULL ? _("No response time buckets") : "");
      return;
    }

  gtk_grid_attach (self->bucket_grid, grid_label (_("Range"), 0, "dim-label"), 0, 0, 1, 1);
  gtk_grid_attach (self->bucket_grid, grid_label ("A", 1, "dim-label"), 1, 0, 1, 1);
  gtk_grid_attach (self->bucket_grid, grid_label ("B", 1, "dim-label"), 2, 0, 1, 1);
  gtk_grid_attach (self->bucket_grid, grid_label ("Δ", 1, "dim-label"), 3, 0, 1, 1);
  for (guint i = 0; i < self->summary->buckets->len; i++)
    {
      const AwcDeltaBucket *bucket = &g_array_index (self->summary->buckets, AwcDeltaBucket, i);
      g_autofree char *a = g_strdup_printf ("%.1f %%", bucket->share_a * 100);
      g_autofree char *b = g_strdup_printf ("%.1f %%", bucket->share_b * 100);
      double diff = (bucket->share_b - bucket->share_a) * 100;
      /* No "-0.0 pp" for a difference that rounds away */
      g_autofree char *d = g_strdup_printf ("%+.1f pp", fabs (diff) < 0.05 ? 0.0 : diff);

      gtk_grid_attach (self->bucket_grid, grid_label (bucket->range_text, 0, NULL), 0, i + 1, 1, 1);
      gtk_grid_attach (self->bucket_grid, grid_label (a, 1, "numeric"), 1, i + 1, 1, 1);
      gtk_grid_attach (self->bucket_grid, grid_label (b, 1, "numeric"), 2, i + 1, 1, 1);
      gtk_grid_attach (self->bucket_grid, grid_label (d, 1, "numeric"), 3, i + 1, 1, 1);
    }

  for (guint i = 0; i < self->summary->shifts->len; i++)
    {
      g_autofree char *line =
        awc_delta_shift_describe (self->summary,
                                  &g_array_index (self->summary->shifts, AwcDeltaShift, i));

      if (shifts->len > 0)
        g_string_append_c (shifts, '\n');
      g_string_append (shifts, line);
    }
  if (shifts->len == 0)
    g_string_append (shifts, _("No noticeable shift between buckets."));
  gtk_label_set_text (self->shift_label, shifts->str);
}

static void
update (AwcDeltaTable *self)
{
  g_autoptr(GPtrArray) metrics = g_ptr_array_new_with_free_func (g_free);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->error != NULL);
  gtk_label_set_text (self->error_label, self->error != NULL ? self->error : "");

  if (self->summary != NULL && self->error == NULL)
    {
      g_autofree char *window = awc_delta_summary_dup_window_text (self->summary);
      g_autofree char *method = awc_delta_summary_dup_method (self->summary);
      g_autofree char *heading = g_strdup_printf (_("Window: %s"), window);
      g_autoptr(GString) caption = g_string_new (method);
      g_autofree char *load = awc_delta_summary_dup_load_text (self->summary);

      if (self->summary->note_a != NULL)
        g_string_append_printf (caption, "\nA: %s", self->summary->note_a);
      if (self->summary->note_b != NULL)
        g_string_append_printf (caption, "\nB: %s", self->summary->note_b);
      gtk_label_set_text (self->window_label, heading);
      gtk_label_set_text (self->method_label, caption->str);
      gtk_label_set_text (self->load_label, load != NULL ? load : "");
      gtk_widget_set_visible (GTK_WIDGET (self->load_label), load != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->steady_button),
                              self->summary->window.source == AWC_WINDOW_USER);

      for (guint m = 0; m < AWC_DELTA_N_METRICS; m++)
        {
          const AwcDeltaRow *row = &self->summary->rows[m];

          if (isfinite (row->a) || isfinite (row->b))
            g_ptr_array_add (metrics, g_strdup_printf ("%u", m));
        }
    }
  else
    {
      gtk_label_set_text (self->window_label, self->error != NULL ? _("No delta summary") : _("Computing the delta summary…"));
      gtk_label_set_text (self->method_label, "");
      gtk_label_set_text (self->load_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->load_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->steady_button), self->error != NULL);
    }
  g_ptr_array_add (metrics, NULL);

  /* One splice: every row rebinds to the new summary. */
  gtk_string_list_splice (self->rows, 0, n_old, (const char * const *) metrics->pdata);
  fill_buckets (self);
}

static gboolean
hide_copied_cb (gpointer user_data)
{
  AwcDeltaTable *self = user_data;

  self->copied_id = 0;
  gtk_revealer_set_reveal_child (self->copied_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AwcDeltaTable *self = AWC_DELTA_TABLE (widget);
  gboolean markdown = g_str_equal (action_name, "delta.copy-markdown");
  g_autofree char *text = NULL;

  if (self->summary == NULL)
    return;
  text = markdown ? awc_delta_summary_to_markdown (self->summary)
                  : awc_delta_summary_to_text (self->summary);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);

  gtk_label_set_text (self->copied_label, markdown ? _("Copied as Markdown") : _("Copied as text"));
  gtk_revealer_set_reveal_child (self->copied_revealer, TRUE);
  g_clear_handle_id (&self->copied_id, g_source_remove);
  self->copied_id = g_timeout_add_seconds (3, hide_copied_cb, self);
}

static void
awc_delta_table_dispose (GObject *object)
{
  AwcDeltaTable *self = AWC_DELTA_TABLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->copied_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_DELTA_TABLE);
  /* Unbound template children (the boxes) are ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->summary, awc_delta_summary_unref);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (awc_delta_table_parent_class)->dispose (object);
}

static void
awc_delta_table_finalize (GObject *object)
{
  AwcDeltaTable *self = AWC_DELTA_TABLE (object);

  g_free (self->error);

  G_OBJECT_CLASS (awc_delta_table_parent_class)->finalize (object);
}

static void
awc_delta_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AwcDeltaTable *self = AWC_DELTA_TABLE (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_boxed (value, awc_delta_table_get_summary (self));
      break;
    case PROP_ERROR:
      g_value_set_string (value, awc_delta_table_get_error (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_delta_table_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AwcDeltaTable *self = AWC_DELTA_TABLE (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      awc_delta_table_set_summary (self, g_value_get_boxed (value));
      break;
    case PROP_ERROR:
      awc_delta_table_set_error (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_delta_table_class_init (AwcDeltaTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_delta_table_dispose;
  object_class->finalize = awc_delta_table_finalize;
  object_class->get_property = awc_delta_table_get_property;
  object_class->set_property = awc_delta_table_set_property;

  properties[PROP_SUMMARY] =
    g_param_spec_boxed ("summary", NULL, NULL, AWC_TYPE_DELTA_SUMMARY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/awchart/AwChart/ui/awc-delta-table.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, window_label);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, method_label);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, load_label);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, error_label);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, steady_button);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, copied_revealer);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, copied_label);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, bucket_grid);
  gtk_widget_class_bind_template_child (widget_class, AwcDeltaTable, shift_label);

  gtk_widget_class_install_action (widget_class, "delta.copy-markdown", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "delta.copy-text", NULL, copy_action);
  gtk_widget_class_set_css_name (widget_class, "deltatable");
}

static void
awc_delta_table_init (AwcDeltaTable *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  add_column (self, _("Metric"), COL_METRIC);
  add_column (self, "A", COL_A);
  add_column (self, "B", COL_B);
  add_column (self, "Δ", COL_DIFF);
  add_column (self, "Δ %", COL_REL);
  add_column (self, _("Verdict"), COL_VERDICT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delta.copy-markdown", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delta.copy-text", FALSE);
  update (self);
}

GtkWidget *
awc_delta_table_new (void)
{
  return g_object_new (AWC_TYPE_DELTA_TABLE, NULL);
}

AwcDeltaSummary *
awc_delta_table_get_summary (AwcDeltaTable *self)
{
  g_return_val_if_fail (AWC_IS_DELTA_TABLE (self), NULL);
  return self->summary;
}

void
awc_delta_table_set_summary (AwcDeltaTable   *self,
                             AwcDeltaSummary *summary)
{
  g_return_if_fail (AWC_IS_DELTA_TABLE (self));

  if (self->summary == summary)
    return;
  g_clear_pointer (&self->summary, awc_delta_summary_unref);
  self->summary = summary != NULL ? awc_delta_summary_ref (summary) : NULL;
  update (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delta.copy-markdown", summary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delta.copy-text", summary != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
awc_delta_table_get_error (AwcDeltaTable *self)
{
  g_return_val_if_fail (AWC_IS_DELTA_TABLE (self), NULL);
  return self->error;
}

void
awc_delta_table_set_error (AwcDeltaTable *self,
                           const char    *message)
{
  g_return_if_fail (AWC_IS_DELTA_TABLE (self));

  if (awc_set_str (&self->error, message))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
}

guint
awc_delta_table_get_n_rows (AwcDeltaTable *self)
{
  g_return_val_if_fail (AWC_IS_DELTA_TABLE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/* The load warning above the table, or NULL when the runs' load matches. */
const char *
awc_delta_table_get_load_text (AwcDeltaTable *self)
{
  g_return_val_if_fail (AWC_IS_DELTA_TABLE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->load_label)))
    return NULL;
  return gtk_label_get_label (self->load_label);
}
