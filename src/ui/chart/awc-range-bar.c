/* awc-range-bar.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "awc-range-bar.h"
#include "awc-util.h"

struct _AwcRangeBar
{
  GtkWidget  parent_instance;

  /* Owned */
  char      *range_text;

  /* Template widgets */
  GtkWidget *range_label;
  GtkWidget *reset_button;
};

G_DEFINE_FINAL_TYPE (AwcRangeBar, awc_range_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RANGE_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
awc_range_bar_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), AWC_TYPE_RANGE_BAR);
  /* The icon and the caption have no id, so the template leaves them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (awc_range_bar_parent_class)->dispose (object);
}

static void
awc_range_bar_finalize (GObject *object)
{
  AwcRangeBar *self = AWC_RANGE_BAR (object);

  g_free (self->range_text);

  G_OBJECT_CLASS (awc_range_bar_parent_class)->finalize (object);
}

static void
awc_range_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AwcRangeBar *self = AWC_RANGE_BAR (object);

  switch (prop_id)
    {
    case PROP_RANGE_TEXT:
      g_value_set_string (value, awc_range_bar_get_range_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_range_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AwcRangeBar *self = AWC_RANGE_BAR (object);

  switch (prop_id)
    {
    case PROP_RANGE_TEXT:
      awc_range_bar_set_range_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_range_bar_class_init (AwcRangeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = awc_range_bar_dispose;
  object_class->finalize = awc_range_bar_finalize;
  object_class->get_property = awc_range_bar_get_property;
  object_class->set_property = awc_range_bar_set_property;

  properties[PROP_RANGE_TEXT] =
    g_param_spec_string ("range-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/awc-range-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AwcRangeBar, range_label);
  gtk_widget_class_bind_template_child (widget_class, AwcRangeBar, reset_button);
  gtk_widget_class_set_css_name (widget_class, "rangebar");
}

static void
awc_range_bar_init (AwcRangeBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

const char *
awc_range_bar_get_range_text (AwcRangeBar *self)
{
  g_return_val_if_fail (AWC_IS_RANGE_BAR (self), NULL);

  return self->range_text;
}

void
awc_range_bar_set_range_text (AwcRangeBar *self,
                              const char  *text)
{
  g_return_if_fail (AWC_IS_RANGE_BAR (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (!awc_set_str (&self->range_text, text))
    return;
  gtk_label_set_text (GTK_LABEL (self->range_label), text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_TEXT]);
}
