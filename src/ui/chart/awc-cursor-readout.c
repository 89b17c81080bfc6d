/* awc-cursor-readout.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "awc-cursor-readout.h"
#include "awc-util.h"
#include "model/awc-catalog.h"

/* Names take their natural width up to NAME_CHARS (they do not change as
 * the cursor moves).  Widths in characters of the value and range
 * columns: wide enough for
 * "1,234.5 kB/s" and "1,234 – 5,678 ms", fixed so that a longer or
 * shorter number never moves a column or wraps the panels again. */
#define NAME_CHARS  24
#define VALUE_CHARS 10
#define RANGE_CHARS 15

struct _AwcCursorReadout
{
  GtkWidget  parent_instance;

  /* Owned */
  GPtrArray *rows;          /* AwcReadoutRow, as last set */
  char      *structure;     /* what the table was built for */
  GPtrArray *cells;         /* GtkLabel per row and value column, row-major */
  GPtrArray *swatches;      /* GtkDrawingArea per row */
  guint      n_columns;     /* value columns per row */
  gboolean   compare;
  gboolean   show_ranges;
  /* One width for the name column of every panel, so the value columns
   * line up from panel to panel. */
  GtkSizeGroup *names;

  /* Template widgets */
  GtkWidget *box;
  GtkWidget *time_label;
  GtkWidget *elapsed_label;
  GtkWidget *scroller;
  GtkWidget *groups;
};

G_DEFINE_TYPE (AwcCursorReadout, awc_cursor_readout, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_COMPARE, PROP_SHOW_RANGES, N_PROPS };
static GParamSpec *properties[N_PROPS];

AwcReadoutRow *
awc_readout_row_new (const char *group,
                     const char *group_title,
                     const char *title)
{
  AwcReadoutRow *row = g_new0 (AwcReadoutRow, 1);

  row->group = g_strdup (group);
  row->group_title = g_strdup (group_title);
  row->title = g_strdup (title);
  return row;
}

void
awc_readout_row_free (AwcReadoutRow *row)
{
  if (row == NULL)
    return;
  g_free (row->group);
  g_free (row->group_title);
  g_free (row->title);
  for (guint i = 0; i < G_N_ELEMENTS (row->value); i++)
    g_free (row->value[i]);
  for (guint i = 0; i < G_N_ELEMENTS (row->range); i++)
    g_free (row->range[i]);
  g_free (row);
}

/* "40 – 52 /s": the unit once when both ends have the same one. */
char *
awc_readout_format_range (AwcUnit unit,
                          double  min,
                          double  max)
{
  g_autofree char *lo = awc_unit_format_value (unit, min);
  g_autofree char *hi = awc_unit_format_value (unit, max);
  const char *lo_unit = strrchr (lo, ' ');
  const char *hi_unit = strrchr (hi, ' ');

  if (lo_unit != NULL && hi_unit != NULL && g_str_equal (lo_unit, hi_unit))
    lo[lo_unit - lo] = '\0';
  return g_strdup_printf ("%s – %s", lo, hi);
}

char *
awc_readout_group_title (AwcSeries *series)
{
  const char *title = awc_series_get_group_title (series);
  const AwcCatalogGroup *group;

  /* A series made without a group title has its group id as title. */
  if (title == NULL || *title == '\0' || g_strcmp0 (title, awc_series_get_group (series)) == 0)
    {
      group = awc_catalog_lookup_group (awc_series_get_group (series));
      title = group != NULL ? group->title : NULL;
    }
  return awc_escape_text (title != NULL && *title != '\0' ? _(title) : awc_series_get_group (series));
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const GdkRGBA *color = g_object_get_data (G_OBJECT (area), "awc-color");
  double size = MIN (width, height);

  if (color == NULL)
    return;
  gdk_cairo_set_source_rgba (cr, color);
  cairo_rectangle (cr, (width - size) / 2, (height - size) / 2, size, size);
  cairo_fill (cr);
}

static void
set_swatch_color (GtkWidget     *swatch,
                  const GdkRGBA *color)
{
  const GdkRGBA *old = g_object_get_data (G_OBJECT (swatch), "awc-color");

  if (old != NULL && gdk_rgba_equal (old, color))
    return;
  g_object_set_data_full (G_OBJECT (swatch), "awc-color", gdk_rgba_copy (color),
                          (GDestroyNotify) gdk_rgba_free);
  gtk_widget_queue_draw (swatch);
}

static GtkWidget *
new_label (const char *text,
           float       xalign,
           int         chars,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (chars > 0)
    {
      /* Fixed: as wide with "0" as with "1,234.5 kB/s". */
      gtk_label_set_width_chars (GTK_LABEL (label), chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), chars);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
column_title (AwcCursorReadout *self,
              guint             column)
{
  if (!self->compare)
    return column == 0 ? "" : _("min – max");
  switch (column)
    {
    case 0: return _("A");
    case 1: return _("B");
    case 2: return _("Δ");
    case 3: return _("A min – max");
    default: return _("B min – max");
    }
}

static int
column_chars (AwcCursorReadout *self,
              guint             column)
{
  return column < (self->compare ? 3u : 1u) ? VALUE_CHARS : RANGE_CHARS;
}

static char *
structure_of (AwcCursorReadout *self,
              GPtrArray        *rows)
{
  GString *string = g_string_new (NULL);

  g_string_append_printf (string, "%d%d", self->compare, self->show_ranges);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      AwcReadoutRow *row = g_ptr_array_index (rows, i);

      g_string_append_printf (string, "\n%s\t%s\t%s", row->group, row->group_title, row->title);
    }
  return g_string_free (string, FALSE);
}

/* A panel: its heading over the column titles, then one line per series. */
static GtkWidget *
new_group (AwcCursorReadout *self,
           AwcReadoutRow    *first)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *heading;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 1);
  gtk_widget_add_css_class (grid, "awc-readout-group");
  /* As wide as its columns, not the line: values stay next to names. */
  gtk_widget_set_halign (grid, GTK_ALIGN_START);
  heading = new_label (first->group_title, 0, -1, "awc-readout-heading");
  gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
  gtk_grid_attach (GTK_GRID (grid), heading, 0, 0, 2, 1);
  for (guint c = 0; c < self->n_columns; c++)
    gtk_grid_attach (GTK_GRID (grid),
                     new_label (column_title (self, c), 1, column_chars (self, c), "dim-label"),
                     2 + c, 0, 1, 1);
  return grid;
}

static void
rebuild (AwcCursorReadout *self,
         GPtrArray        *rows)
{
  GtkWidget *child, *grid = NULL;
  const char *group = NULL;
  int line = 0;

  while ((child = gtk_widget_get_first_child (self->groups)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->groups), child);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->swatches, 0);
  self->n_columns = (self->compare ? 3 : 1) + (self->show_ranges ? (self->compare ? 2 : 1) : 0);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      AwcReadoutRow *row = g_ptr_array_index (rows, i);
      GtkWidget *swatch, *name;

      if (grid == NULL || g_strcmp0 (group, row->group) != 0)
        {
          grid = new_group (self, row);
          gtk_flow_box_append (GTK_FLOW_BOX (self->groups), grid);
          gtk_widget_set_focusable (gtk_widget_get_parent (grid), FALSE);
          group = row->group;
          line = 1;
        }

      swatch = gtk_drawing_area_new ();
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 10);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 10);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
      gtk_grid_attach (GTK_GRID (grid), swatch, 0, line, 1, 1);
      g_ptr_array_add (self->swatches, swatch);

      name = new_label (row->title, 0, -1, NULL);
      /* In a narrow window, at least the start of the name. */
      gtk_label_set_width_chars (GTK_LABEL (name), MIN (g_utf8_strlen (row->title, -1), 10));
      gtk_label_set_max_width_chars (GTK_LABEL (name), NAME_CHARS);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_tooltip_text (name, row->title);
      gtk_grid_attach (GTK_GRID (grid), name, 1, line, 1, 1);
      gtk_size_group_add_widget (self->names, name);

      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkWidget *cell = new_label ("—", 1, column_chars (self, c),
                                       c < (self->compare ? 3u : 1u) ? "awc-readout-value"
                                                                     : "awc-readout-range");

          if (c >= (self->compare ? 3u : 1u))
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (GTK_GRID (grid), cell, 2 + c, line, 1, 1);
          g_ptr_array_add (self->cells, cell);
        }
      line++;
    }
}

static const char *
cell_text (AwcCursorReadout *self,
           AwcReadoutRow    *row,
           guint             column)
{
  guint n_values = self->compare ? 3 : 1;
  const char *text;

  if (column < n_values)
    text = row->value[column];
  else
    text = row->range[column - n_values];
  return text != NULL && *text != '\0' ? text : "—";
}

void
awc_cursor_readout_set_rows (AwcCursorReadout *self,
                             GPtrArray        *rows)
{
  g_autofree char *structure = NULL;

  g_return_if_fail (AWC_IS_CURSOR_READOUT (self));

  structure = structure_of (self, rows);
  if (g_strcmp0 (structure, self->structure) != 0)
    {
      rebuild (self, rows);
      g_free (self->structure);
      self->structure = g_steal_pointer (&structure);
    }

  /* Same table: only the texts and colours change. */
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      AwcReadoutRow *row = g_ptr_array_index (rows, i);

      set_swatch_color (g_ptr_array_index (self->swatches, i), &row->color);
      for (guint c = 0; c < self->n_columns; c++)
        {
          GtkLabel *cell = g_ptr_array_index (self->cells, i * self->n_columns + c);
          const char *text = cell_text (self, row, c);

          if (g_strcmp0 (gtk_label_get_text (cell), text) != 0)
            gtk_label_set_text (cell, text);
        }
    }

  if (rows != NULL)
    g_ptr_array_ref (rows);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = rows;
}

guint
awc_cursor_readout_get_n_rows (AwcCursorReadout *self)
{
  g_return_val_if_fail (AWC_IS_CURSOR_READOUT (self), 0);

  return self->rows != NULL ? self->rows->len : 0;
}

void
awc_cursor_readout_set_header (AwcCursorReadout *self,
                               const char       *time,
                               const char       *elapsed)
{
  g_return_if_fail (AWC_IS_CURSOR_READOUT (self));

  if (time == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->time_label),
                          _("Point at the chart, or press ← and → to move the cursor"));
      gtk_widget_add_css_class (self->time_label, "dim-label");
      gtk_label_set_text (GTK_LABEL (self->elapsed_label), "");
      return;
    }
  gtk_widget_remove_css_class (self->time_label, "dim-label");
  gtk_label_set_text (GTK_LABEL (self->time_label), time);
  gtk_label_set_text (GTK_LABEL (self->elapsed_label), elapsed != NULL ? elapsed : "");
}

char *
awc_cursor_readout_dup_text (AwcCursorReadout *self)
{
  GString *string;
  const char *group = NULL;
  const char *elapsed;

  g_return_val_if_fail (AWC_IS_CURSOR_READOUT (self), NULL);

  string = g_string_new (gtk_label_get_text (GTK_LABEL (self->time_label)));
  elapsed = gtk_label_get_text (GTK_LABEL (self->elapsed_label));
  if (*elapsed != '\0')
    g_string_append_printf (string, " %s", elapsed);
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      AwcReadoutRow *row = g_ptr_array_index (self->rows, i);

      if (i == 0 || g_strcmp0 (group, row->group) != 0)
        g_string_append_printf (string, "\n%s", row->group_title);
      group = row->group;
      g_string_append_printf (string, "\n\t%s", row->title);
      for (guint c = 0; c < self->n_columns; c++)
        g_string_append_printf (string, "\t%s", cell_text (self, row, c));
    }
  return g_string_free (string, FALSE);
}

gboolean
awc_cursor_readout_get_compare (AwcCursorReadout *self)
{
  g_return_val_if_fail (AWC_IS_CURSOR_READOUT (self), FALSE);

  return self->compare;
}

static void
refresh (AwcCursorReadout *self)
{
  g_autoptr(GPtrArray) rows = self->rows != NULL ? g_ptr_array_ref (self->rows) : NULL;

  awc_cursor_readout_set_rows (self, rows);
}

void
awc_cursor_readout_set_compare (AwcCursorReadout *self,
                                gboolean          compare)
{
  g_return_if_fail (AWC_IS_CURSOR_READOUT (self));

  compare = !!compare;
  if (self->compare == compare)
    return;
  self->compare = compare;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE]);
}

gboolean
awc_cursor_readout_get_show_ranges (AwcCursorReadout *self)
{
  g_return_val_if_fail (AWC_IS_CURSOR_READOUT (self), FALSE);

  return self->show_ranges;
}

void
awc_cursor_readout_set_show_ranges (AwcCursorReadout *self,
                                    gboolean          show_ranges)
{
  g_return_if_fail (AWC_IS_CURSOR_READOUT (self));

  show_ranges = !!show_ranges;
  if (self->show_ranges == show_ranges)
    return;
  self->show_ranges = show_ranges;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_RANGES]);
}

GtkWidget *
awc_cursor_readout_new (void)
{
  return g_object_new (AWC_TYPE_CURSOR_READOUT, NULL);
}

static void
awc_cursor_readout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AwcCursorReadout *self = AWC_CURSOR_READOUT (object);

  switch (prop_id)
    {
    case PROP_COMPARE:
      g_value_set_boolean (value, awc_cursor_readout_get_compare (self));
      break;
    case PROP_SHOW_RANGES:
      g_value_set_boolean (value, awc_cursor_readout_get_show_ranges (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cursor_readout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AwcCursorReadout *self = AWC_CURSOR_READOUT (object);

  switch (prop_id)
    {
    case PROP_COMPARE:
      awc_cursor_readout_set_compare (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_RANGES:
      awc_cursor_readout_set_show_ranges (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_cursor_readout_dispose (GObject *object)
{
  AwcCursorReadout *self = AWC_CURSOR_READOUT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (self->cells != NULL)
    g_ptr_array_set_size (self->cells, 0);
  if (self->swatches != NULL)
    g_ptr_array_set_size (self->swatches, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), AWC_TYPE_CURSOR_READOUT);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (awc_cursor_readout_parent_class)->dispose (object);
}

static void
awc_cursor_readout_finalize (GObject *object)
{
  AwcCursorReadout *self = AWC_CURSOR_READOUT (object);

  g_ptr_array_unref (self->cells);
  g_ptr_array_unref (self->swatches);
  g_free (self->structure);

  G_OBJECT_CLASS (awc_cursor_readout_parent_class)->finalize (object);
}

static void
awc_cursor_readout_class_init (AwcCursorReadoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = awc_cursor_readout_get_property;
  object_class->set_property = awc_cursor_readout_set_property;
  object_class->dispose = awc_cursor_readout_dispose;
  object_class->finalize = awc_cursor_readout_finalize;

  properties[PROP_COMPARE] =
    g_param_spec_boolean ("compare", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_RANGES] =
    g_param_spec_boolean ("show-ranges", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/awchart/AwChart/ui/awc-cursor-readout.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcCursorReadout, box);
  gtk_widget_class_bind_template_child (widget_class, AwcCursorReadout, time_label);
  gtk_widget_class_bind_template_child (widget_class, AwcCursorReadout, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, AwcCursorReadout, scroller);
  gtk_widget_class_bind_template_child (widget_class, AwcCursorReadout, groups);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cursorreadout");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
awc_cursor_readout_init (AwcCursorReadout *self)
{
  self->cells = g_ptr_array_new ();
  self->swatches = g_ptr_array_new ();
  self->names = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->n_columns = 1;
  gtk_widget_init_template (GTK_WIDGET (self));
  awc_cursor_readout_set_header (self, NULL, NULL);
}
