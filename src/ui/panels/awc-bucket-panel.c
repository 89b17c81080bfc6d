/* awc-bucket-panel.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "awc-util.h"
#include "awc-bucket-panel.h"

static const double percentiles[] = { 0.50, 0.90, 0.95, 0.99 };

struct _AwcBucketPanel
{
  GtkWidget      parent_instance;

  /* Owned */
  AwcReport     *report;
  GListModel    *buckets;      /* the report's, to disconnect from */

  double         max_share;    /* bars are drawn relative to the largest bucket */

  /* Template widgets */
  GtkLabel      *p50_value;
  GtkLabel      *p90_value;
  GtkLabel      *p95_value;
  GtkLabel      *p99_value;
  GtkBox        *warnings_box;
  GtkColumnView *column_view;
  GtkLabel      *total_label;
};

G_DEFINE_FINAL_TYPE (AwcBucketPanel, awc_bucket_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "12,345": the locale's thousands separator, or a comma when the locale
 * has none (C.UTF-8), since long counts are unreadable without one. */
static char *
format_count (guint64 count)
{
  return awc_format_count (count, localeconv ()->thousands_sep);
}

static char *
format_percent (double fraction)
{
  if (!isfinite (fraction))
    return g_strdup ("—");

  /* A few requests out of millions must not read as none at all. */
  if (fraction > 0 && fraction < 0.0005)
    /* Translators: a share too small to show with one decimal */
    return g_strdup (_("< 0.1 %"));

  /* Translators: a percentage, e.g. "12.5 %" */
  return g_strdup_printf (_("%.1f %%"), fraction * 100.0);
}

static char *
format_percentile (const AwcPercentile *p)
{
  g_autofree char *range = NULL;
  g_autofree char *estimate = NULL;

  if (!p->valid || p->bucket == NULL)
    return g_strdup ("—");

  range = awc_bucket_dup_range_text (p->bucket);
  /* The open top bucket ("≥ 5 s") has no upper bound to interpolate to. */
  if (p->open_top)
    return g_steal_pointer (&range);

  estimate = awc_unit_format_value (AWC_UNIT_MILLISECONDS, p->estimate_ms);
  /* Translators: a percentile: the bucket's range, then the estimate
   * inside it, e.g. "200 ms – 500 ms · ≈ 350 ms" */
  return g_strdup_printf (_("%s · ≈ %s"), range, estimate);
}

static GtkWidget *
numeric_label_new (float xalign)
{
  GtkWidget *label = gtk_label_new (NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Tabular figures keep the digits of the rows aligned. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AwcBucketPanel           *self)
{
  gtk_list_item_set_child (item, numeric_label_new (0));
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AwcBucketPanel           *self)
{
  gtk_list_item_set_child (item, numeric_label_new (1));
}

/* The share, with a thin bar under it to the scale of the largest bucket:
 * no column of its own, so the panel stays narrow.  The label's top margin
 * matches the bar, so its text stays level with the other cells'. */
static void
setup_share_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AwcBucketPanel           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  GtkWidget *label = numeric_label_new (1);
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (label, 4);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (bar, "bucket-bar");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_list_item_set_child (item, box);
}

static void
set_item_text (GtkListItem *item,
               char        *text)
{
  /* A bucket label comes from the report: controls are shown escaped. */
  g_autofree char *safe = awc_escape_text (text);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), safe);
  g_free (text);
}

static void
bind_range_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AwcBucketPanel           *self)
{
  set_item_text (item, awc_bucket_dup_range_text (gtk_list_item_get_item (item)));
}

static void
bind_count_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AwcBucketPanel           *self)
{
  set_item_text (item, format_count (awc_bucket_get_count (gtk_list_item_get_item (item))));
}

static void
bind_share_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AwcBucketPanel           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  double share = awc_bucket_get_share (gtk_list_item_get_item (item));
  double fraction = 0;
  g_autofree char *text = format_percent (share);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (self->max_share > 0 && isfinite (share))
    fraction = CLAMP (share / self->max_share, 0.0, 1.0);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (gtk_widget_get_last_child (box)), fraction);
}

static void
bind_cumulative_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AwcBucketPanel           *self)
{
  set_item_text (item, format_percent (awc_bucket_get_cumulative_share (gtk_list_item_get_item (item))));
}

static void
update_warnings (AwcBucketPanel *self)
{
  const char * const *warnings = NULL;
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);

  if (self->report != NULL)
    warnings = awc_report_get_warnings (self->report);

  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    {
      GtkWidget *row = gtk_grid_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      g_autofree char *text = awc_escape_text (warnings[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_set_column_spacing (GTK_GRID (row), 6);
      gtk_grid_attach (GTK_GRID (row), icon, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (row), label, 1, 0, 1, 1);
      gtk_widget_add_css_class (row, "warning");
      gtk_box_append (self->warnings_box, row);
      any = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), any);
}

static void
update_buckets (AwcBucketPanel *self)
{
  GtkLabel *value_labels[] = { self->p50_value, self->p90_value, self->p95_value, self->p99_value };
  g_autoptr(GtkSelectionModel) selection = NULL;
  guint n = self->buckets != NULL ? g_list_model_get_n_items (self->buckets) : 0;

  self->max_share = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AwcBucket) bucket = g_list_model_get_item (self->buckets, i);
      double share = awc_bucket_get_share (bucket);

      if (isfinite (share))
        self->max_share = MAX (self->max_share, share);
    }

  for (guint i = 0; i < G_N_ELEMENTS (percentiles); i++)
    {
      AwcPercentile p = { 0 };
      g_autofree char *text = NULL;

      if (self->report == NULL || !awc_report_estimate_percentile (self->report, percentiles[i], &p))
        p.valid = FALSE;
      text = format_percentile (&p);
      gtk_label_set_text (value_labels[i], text);
    }

  if (self->report == NULL)
    gtk_label_set_text (self->total_label, "");
  else
    {
      guint64 total = awc_report_get_total_requests (self->report);
      g_autofree char *count = format_count (total);
      g_autofree char *text = NULL;

      if (total == 0)
        text = g_strdup (_("No requests counted"));
      else
        /* Translators: the total below the bucket table, e.g. "Total 12,345 requests" */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total %s request", "Total %s requests",
                                             (gulong) MIN (total, G_MAXULONG)),
                                count);
      gtk_label_set_text (self->total_label, text);
    }

  /* A fresh model rebinds every row, so the bars follow the new maximum.
   * The report keeps the buckets sorted by range; shown in that order. */
  if (self->buckets != NULL)
    selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (self->buckets)));
  gtk_column_view_set_model (self->column_view, selection);
}

static void
buckets_changed_cb (AwcBucketPanel *self,
                    guint           position,
                    guint           removed,
                    guint           added,
                    GListModel     *model)
{
  update_buckets (self);
}

static void
warnings_changed_cb (AwcBucketPanel *self,
                     GParamSpec     *pspec,
                     AwcReport      *report)
{
  update_warnings (self);
}

static void
disconnect_report (AwcBucketPanel *self)
{
  if (self->buckets != NULL)
    g_signal_handlers_disconnect_by_data (self->buckets, self);
  if (self->report != NULL)
    g_signal_handlers_disconnect_by_data (self->report, self);
  g_clear_object (&self->buckets);
  g_clear_object (&self->report);
}

static void
awc_bucket_panel_dispose (GObject *object)
{
  AwcBucketPanel *self = (AwcBucketPanel *)object;
  GtkWidget *child;

  disconnect_report (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_BUCKET_PANEL);
  /* Template children without an id are not cleared by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (awc_bucket_panel_parent_class)->dispose (object);
}

static void
awc_bucket_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AwcBucketPanel *self = AWC_BUCKET_PANEL (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, awc_bucket_panel_get_report (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_bucket_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AwcBucketPanel *self = AWC_BUCKET_PANEL (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      awc_bucket_panel_set_report (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_bucket_panel_class_init (AwcBucketPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_bucket_panel_dispose;
  object_class->get_property = awc_bucket_panel_get_property;
  object_class->set_property = awc_bucket_panel_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, AWC_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-bucket-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, p50_value);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, p90_value);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, p95_value);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, p99_value);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, column_view);
  gtk_widget_class_bind_template_child (widget_class, AwcBucketPanel, total_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_share_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_range_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_count_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_share_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_cumulative_cb);

  gtk_widget_class_set_css_name (widget_class, "bucketpanel");
}

static void
awc_bucket_panel_init (AwcBucketPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_buckets (self);
}

GtkWidget *
awc_bucket_panel_new (void)
{
  return g_object_new (AWC_TYPE_BUCKET_PANEL, NULL);
}

AwcReport *
awc_bucket_panel_get_report (AwcBucketPanel *self)
{
  g_return_val_if_fail (AWC_IS_BUCKET_PANEL (self), NULL);

  return self->report;
}

void
awc_bucket_panel_set_report (AwcBucketPanel *self,
                             AwcReport      *report)
{
  g_return_if_fail (AWC_IS_BUCKET_PANEL (self));
  g_return_if_fail (report == NULL || AWC_IS_REPORT (report));

  if (self->report == report)
    return;

  disconnect_report (self);

  if (report != NULL)
    {
      self->report = g_object_ref (report);
      self->buckets = g_object_ref (awc_report_get_buckets (report));
      g_signal_connect_object (self->buckets, "items-changed",
                               G_CALLBACK (buckets_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (report, "notify::warnings",
                               G_CALLBACK (warnings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update_buckets (self);
  update_warnings (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}
