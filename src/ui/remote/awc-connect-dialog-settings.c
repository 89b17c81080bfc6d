/* awc-connect-dialog-settings.c  SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Connect dialog remembers (GSettings: never a secret) and what
 * it takes from the environment the Huawei Cloud SDKs use. */
#include "config.h"

#include <glib/gi18n.h>

#include "awc-connect-dialog-private.h"

char *
_awc_connect_dialog_dup_text (GtkWidget *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

void
_awc_connect_dialog_set_text (GtkWidget  *editable,
                              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

gboolean
_awc_connect_dialog_is_token_auth (AwcConnectDialog *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->auth_stack)), "token") == 0;
}

const char *
_awc_connect_dialog_get_region (AwcConnectDialog *self)
{
  guint pos = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->region_dropdown));

  return gtk_string_list_get_string (self->region_list, pos);
}

AwcCptsIdMapping
_awc_connect_dialog_lookup_id_mapping (AwcConnectDialog *self,
                                       const char       *base_url)
{
  g_autoptr(GVariant) map = g_settings_get_value (self->settings, "cpts-id-mapping");
  g_autofree char *value = NULL;

  if (!g_variant_lookup (map, base_url, "s", &value))
    return AWC_CPTS_ID_MAPPING_AUTO;
  return awc_cpts_id_mapping_from_string (value);
}

void
_awc_connect_dialog_store_id_mapping (AwcConnectDialog *self,
                                      AwcCptsClient    *client)
{
  AwcCptsIdMapping mapping = awc_cpts_client_get_id_mapping (client);
  const char *base_url = awc_cpts_client_get_base_url (client);
  g_autoptr(GVariant) map = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;

  if (mapping == AWC_CPTS_ID_MAPPING_AUTO || base_url == NULL
      || _awc_connect_dialog_lookup_id_mapping (self, base_url) == mapping)
    return;

  map = g_settings_get_value (self->settings, "cpts-id-mapping");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, map);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, base_url))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", base_url, awc_cpts_id_mapping_to_string (mapping));
  g_settings_set_value (self->settings, "cpts-id-mapping", g_variant_builder_end (&builder));
  /* save_settings() left the object in delay mode. */
  g_settings_apply (self->settings);
}

void
_awc_connect_dialog_load_settings (AwcConnectDialog *self)
{
  g_autofree char *region = g_settings_get_string (self->settings, "cpts-region");
  g_autofree char *endpoint = g_settings_get_string (self->settings, "cpts-endpoint");
  g_autofree char *project_id = g_settings_get_string (self->settings, "cpts-project-id");
  const char * const *regions = awc_cpts_regions ();

  for (guint i = 0; regions[i] != NULL; i++)
    if (g_str_equal (regions[i], region))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->region_dropdown), i);
  _awc_connect_dialog_set_text (self->endpoint_entry, endpoint);
  _awc_connect_dialog_set_text (self->project_entry, project_id);
  gtk_stack_set_visible_child_name (GTK_STACK (self->auth_stack),
                                    g_settings_get_enum (self->settings, "cpts-auth-method") == 1 ? "token" : "aksk");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->connect_spin),
                             g_settings_get_uint (self->settings, "cpts-connect-timeout"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->total_spin),
                             g_settings_get_uint (self->settings, "cpts-total-timeout"));
}

/* Only what is not secret; the credentials never come here. */
void
_awc_connect_dialog_save_settings (AwcConnectDialog *self)
{
  g_autofree char *endpoint = _awc_connect_dialog_dup_text (self->endpoint_entry);
  g_autofree char *project_id = _awc_connect_dialog_dup_text (self->project_entry);

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "cpts-region", _awc_connect_dialog_get_region (self));
  g_settings_set_string (self->settings, "cpts-endpoint", endpoint);
  g_settings_set_string (self->settings, "cpts-project-id", project_id);
  g_settings_set_enum (self->settings, "cpts-auth-method", _awc_connect_dialog_is_token_auth (self) ? 1 : 0);
  g_settings_set_uint (self->settings, "cpts-connect-timeout",
                       gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->connect_spin)));
  g_settings_set_uint (self->settings, "cpts-total-timeout",
                       gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->total_spin)));
  g_settings_apply (self->settings);
}

/* The variables the Huawei Cloud SDKs read; they fill what they name. */
void
_awc_connect_dialog_prefill_from_environment (AwcConnectDialog *self)
{
  const char *ak = g_getenv ("HUAWEICLOUD_SDK_AK");
  const char *sk = g_getenv ("HUAWEICLOUD_SDK_SK");
  const char *stok = g_getenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN");
  const char *project_id = g_getenv ("HUAWEICLOUD_SDK_PROJECT_ID");
  const char *token = g_getenv ("CPTS_AUTH_TOKEN");
  gboolean have_aksk = ak != NULL && *ak != '\0' && sk != NULL && *sk != '\0';
  gboolean have_token = token != NULL && *token != '\0';

  if (project_id != NULL && *project_id != '\0')
    _awc_connect_dialog_set_text (self->project_entry, project_id);
  if (have_aksk)
    {
      _awc_connect_dialog_set_text (self->ak_entry, ak);
      _awc_connect_dialog_set_text (self->sk_entry, sk);
      _awc_connect_dialog_set_text (self->stok_entry, stok);
    }
  if (have_token)
    _awc_connect_dialog_set_text (self->token_entry, token);
  if (have_aksk || have_token)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->auth_stack), have_aksk ? "aksk" : "token");
      gtk_label_set_label (GTK_LABEL (self->note_label),
                           _("The credentials come from the environment (HUAWEICLOUD_SDK_AK, "
                             "HUAWEICLOUD_SDK_SK, CPTS_AUTH_TOKEN). They stay in memory only, "
                             "unless you ask to remember them in the desktop keyring."));
    }
}

/* Session memory ----------------------------------------------------------- */

/* The credentials of the last connection that worked, for the life of
 * the process only: never written anywhere (the keyring is separate and
 * only on request). */
static AwcCredentials *session_credentials;
static char           *session_base_url;

void
_awc_connect_dialog_remember_session (AwcCredentials *credentials,
                                      const char     *base_url)
{
  g_set_object (&session_credentials, credentials);
  g_free (session_base_url);
  session_base_url = g_strdup (base_url);
}

AwcCredentials *
_awc_connect_dialog_lookup_session (const char *base_url)
{
  if (session_credentials == NULL || g_strcmp0 (base_url, session_base_url) != 0)
    return NULL;
  return session_credentials;
}

void
_awc_connect_dialog_forget_session (void)
{
  g_clear_object (&session_credentials);
  g_clear_pointer (&session_base_url, g_free);
}

/* Remembered place --------------------------------------------------------- */

static const char * const place_keys[] = { "cpts-last-project", "cpts-last-task", "cpts-last-run" };

void
_awc_connect_dialog_store_place (AwcConnectDialog *self,
                                 int               level,
                                 const char       *id)
{
  if (level < 0 || level >= (int) G_N_ELEMENTS (place_keys))
    return;
  g_settings_set_string (self->settings, place_keys[level], id != NULL ? id : "");
  /* A new choice makes the deeper ones stale. */
  for (guint l = level + 1; l < G_N_ELEMENTS (place_keys); l++)
    g_settings_set_string (self->settings, place_keys[l], "");
  /* save_settings() may have left the object in delay mode. */
  g_settings_apply (self->settings);
}

void
_awc_connect_dialog_restore_place (AwcConnectDialog *self)
{
  g_autofree char *project = g_settings_get_string (self->settings, place_keys[0]);
  g_autofree char *task = g_settings_get_string (self->settings, place_keys[1]);
  g_autofree char *run = g_settings_get_string (self->settings, place_keys[2]);

  _awc_cpts_browser_restore_place (self->browser, project, task, run);
}

/* TRUE when the form names the endpoint (or region) and project the
 * settings hold: the remembered place belongs to them. */
gboolean
_awc_connect_dialog_same_place (AwcConnectDialog *self)
{
  g_autofree char *region = g_settings_get_string (self->settings, "cpts-region");
  g_autofree char *endpoint = g_settings_get_string (self->settings, "cpts-endpoint");
  g_autofree char *project_id = g_settings_get_string (self->settings, "cpts-project-id");
  g_autofree char *form_endpoint = _awc_connect_dialog_dup_text (self->endpoint_entry);
  g_autofree char *form_project = _awc_connect_dialog_dup_text (self->project_entry);

  return g_str_equal (endpoint, form_endpoint) && g_str_equal (project_id, form_project)
         && (*endpoint != '\0' || g_strcmp0 (region, _awc_connect_dialog_get_region (self)) == 0);
}
