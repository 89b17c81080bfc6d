/* awc-series-row.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "awc-util.h"
#include "awc-series-row.h"
#include "model/awc-threshold.h"
#include "render/awc-palette.h"

struct _AwcSeriesRow
{
  GtkWidget       parent_instance;

  /* Owned */
  AwcSeries      *series;
  GBinding       *visible_binding;

  guint           first;
  guint           last;
  gboolean        dark;

  /* Template widgets */
  GtkCheckButton *visible_check;
  GtkDrawingArea *swatch;
  GtkLabel       *title_label;
  GtkLabel       *min_label;
  GtkLabel       *mean_label;
  GtkLabel       *max_label;
  GtkLabel       *last_label;
  GtkMenuButton  *menu_button;
  GtkPopover     *threshold_popover;
  GtkToggleButton *ge_button;
  GtkEntry       *value_entry;
  GtkLabel       *threshold_error;
};

G_DEFINE_FINAL_TYPE (AwcSeriesRow, awc_series_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_value_label (GtkLabel *label,
                 AwcUnit   unit,
                 double    value)
{
  g_autofree char *text = awc_unit_format_value (unit, value);

  gtk_label_set_text (label, text);
}

static void
update_stats (AwcSeriesRow *self)
{
  AwcStats stats = { NAN, NAN, NAN, NAN, 0 };
  AwcUnit unit = AWC_UNIT_COUNT;

  if (self->series != NULL)
    {
      awc_series_compute_stats (self->series, self->first, self->last, &stats);
      unit = awc_series_get_unit (self->series);
    }

  set_value_label (self->min_label, unit, stats.min);
  set_value_label (self->mean_label, unit, stats.mean);
  set_value_label (self->max_label, unit, stats.max);
  set_value_label (self->last_label, unit, stats.last);
}

static void
swatch_draw_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  AwcSeriesRow *self = user_data;
  double rgba[4];
  guint index;

  if (self->series == NULL)
    return;

  index = awc_series_get_color_index (self->series);
  awc_palette_get_color (self->dark ? AWC_THEME_DARK : AWC_THEME_LIGHT, index, rgba);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);

  if (awc_palette_is_dashed (index))
    {
      /* Same cue as the chart: colours past the palette are dashed lines. */
      double dashes[] = { 3.0, 2.0 };

      cairo_set_line_width (cr, 3.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, 0, height / 2.0);
      cairo_line_to (cr, width, height / 2.0);
      cairo_stroke (cr);
    }
  else
    {
      double r = MIN (width, height) / 4.0;

      cairo_new_sub_path (cr);
      cairo_arc (cr, width - r, r, r, -G_PI / 2, 0);
      cairo_arc (cr, width - r, height - r, r, 0, G_PI / 2);
      cairo_arc (cr, r, height - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, r, r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

static void
title_released_cb (AwcSeriesRow    *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  GdkModifierType state;
  const char *action;

  if (self->series == NULL || n_press != 1)
    return;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  action = (state & GDK_CONTROL_MASK) ? "series-list.toggle" : "series-list.isolate";
  gtk_widget_activate_action (GTK_WIDGET (self), action, "s",
                              awc_series_get_id (self->series));
}

/* "Set threshold…": the rule is checked here so a typo is explained in
 * the popover; the window applies it (win.set-threshold) to the chart. */
static void
set_threshold_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  AwcSeriesRow *self = AWC_SERIES_ROW (widget);
  g_autoptr(AwcThreshold) rule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double value;

  if (self->series == NULL)
    return;

  text = g_strdup_printf ("%s%s%s", awc_series_get_id (self->series),
                          gtk_toggle_button_get_active (self->ge_button) ? ">=" : "<=",
                          gtk_editable_get_text (GTK_EDITABLE (self->value_entry)));
  if (!(rule = awc_threshold_parse (text, &error)) ||
      !awc_threshold_resolve (rule, awc_series_get_unit (self->series), &value, &error))
    {
      gtk_label_set_text (self->threshold_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->threshold_error), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->threshold_error), FALSE);
  gtk_widget_activate_action (widget, "win.set-threshold", "s", text);
  gtk_popover_popdown (self->threshold_popover);
}

static void
remove_threshold_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  AwcSeriesRow *self = AWC_SERIES_ROW (widget);

  if (self->series == NULL)
    return;
  gtk_widget_activate_action (widget, "win.remove-threshold", "s", awc_series_get_id (self->series));
  gtk_popover_popdown (self->threshold_popover);
}

static void
value_activate_cb (AwcSeriesRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "series-row.set-threshold", NULL);
}

static void
awc_series_row_dispose (GObject *object)
{
  AwcSeriesRow *self = (AwcSeriesRow *)object;
  GtkWidget *child;

  if (self->visible_binding != NULL)
    {
      g_binding_unbind (self->visible_binding);
      self->visible_binding = NULL;
    }
  g_clear_object (&self->series);

  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_SERIES_ROW);
  /* Template children without an id are not cleared by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (awc_series_row_parent_class)->dispose (object);
}

static void
awc_series_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AwcSeriesRow *self = AWC_SERIES_ROW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, awc_series_row_get_series (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AwcSeriesRow *self = AWC_SERIES_ROW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      awc_series_row_set_series (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_series_row_class_init (AwcSeriesRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_series_row_dispose;
  object_class->get_property = awc_series_row_get_property;
  object_class->set_property = awc_series_row_set_property;

  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, AWC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-series-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, visible_check);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, min_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, mean_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, max_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, last_label);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, threshold_popover);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, ge_button);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, value_entry);
  gtk_widget_class_bind_template_child (widget_class, AwcSeriesRow, threshold_error);
  gtk_widget_class_bind_template_callback (widget_class, title_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_activate_cb);
  gtk_widget_class_install_action (widget_class, "series-row.set-threshold", NULL, set_threshold_action);
  gtk_widget_class_install_action (widget_class, "series-row.remove-threshold", NULL,
                                   remove_threshold_action);

  gtk_widget_class_set_css_name (widget_class, "seriesrow");
}

static void
awc_series_row_init (AwcSeriesRow *self)
{
  self->last = G_MAXUINT;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->swatch, swatch_draw_cb, self, NULL);
  update_stats (self);
}

GtkWidget *
awc_series_row_new (void)
{
  return g_object_new (AWC_TYPE_SERIES_ROW, NULL);
}

AwcSeries *
awc_series_row_get_series (AwcSeriesRow *self)
{
  g_return_val_if_fail (AWC_IS_SERIES_ROW (self), NULL);

  return self->series;
}

void
awc_series_row_set_series (AwcSeriesRow *self,
                           AwcSeries    *series)
{
  g_return_if_fail (AWC_IS_SERIES_ROW (self));
  g_return_if_fail (series == NULL || AWC_IS_SERIES (series));

  if (self->series == series)
    return;

  /* Rows are recycled: drop the old two-way binding before the new one. */
  if (self->visible_binding != NULL)
    {
      g_binding_unbind (self->visible_binding);
      self->visible_binding = NULL;
    }

  g_set_object (&self->series, series);

  if (series != NULL)
    {
      /* The title comes from the report: controls are shown escaped. */
      g_autofree char *title = awc_escape_text (awc_series_get_title (series));
      g_autofree char *tooltip = NULL;

      self->visible_binding =
        g_object_bind_property (series, "visible",
                                self->visible_check, "active",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      gtk_label_set_text (self->title_label, title);
      /* The title may be ellipsized, so the tooltip repeats it. */
      tooltip = g_strdup_printf ("%s\n%s", title,
                                 _("Click to show only this series, click again to show "
                                   "the others; Ctrl+click to toggle it"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->visible_check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
    }
  else
    {
      gtk_label_set_text (self->title_label, "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), NULL);
    }

  update_stats (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->swatch));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

void
awc_series_row_set_range (AwcSeriesRow *self,
                          guint         first,
                          guint         last)
{
  g_return_if_fail (AWC_IS_SERIES_ROW (self));

  if (self->first == first && self->last == last)
    return;

  self->first = first;
  self->last = last;
  update_stats (self);
}

void
awc_series_row_set_dark (AwcSeriesRow *self,
                         gboolean      dark)
{
  g_return_if_fail (AWC_IS_SERIES_ROW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self->swatch));
}
