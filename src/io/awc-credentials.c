/* awc-credentials.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#if HAVE_LIBSECRET
#include <libsecret/secret.h>
#endif

#include "awc-cpts-error.h"
#include "awc-credentials-private.h"

struct _AwcCredentials
{
  GObject            parent_instance;

  /* Owned; wiped before they are freed */
  char              *access_key;
  char              *secret_key;
  char              *security_token;
  char              *token;

  AwcCredentialsKind kind;
};

G_DEFINE_FINAL_TYPE (AwcCredentials, awc_credentials, G_TYPE_OBJECT)

enum { PROP_0, PROP_KIND, PROP_TEMPORARY, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
_awc_secret_free (char *secret)
{
  if (secret != NULL)
    {
      /* volatile: the compiler may not drop a store before free(). */
      volatile char *p = secret;

      while (*p != '\0')
        *p++ = '\0';
      g_free (secret);
    }
}

static void
awc_credentials_finalize (GObject *object)
{
  AwcCredentials *self = AWC_CREDENTIALS (object);

  _awc_secret_free (self->access_key);
  _awc_secret_free (self->secret_key);
  _awc_secret_free (self->security_token);
  _awc_secret_free (self->token);

  G_OBJECT_CLASS (awc_credentials_parent_class)->finalize (object);
}

static void
awc_credentials_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AwcCredentials *self = AWC_CREDENTIALS (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, awc_credentials_get_kind (self));
      break;
    case PROP_TEMPORARY:
      g_value_set_boolean (value, awc_credentials_get_temporary (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
awc_credentials_class_init (AwcCredentialsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = awc_credentials_finalize;
  object_class->get_property = awc_credentials_get_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      AWC_CREDENTIALS_KIND_AKSK, AWC_CREDENTIALS_KIND_TOKEN, AWC_CREDENTIALS_KIND_AKSK,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEMPORARY] =
    g_param_spec_boolean ("temporary", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
awc_credentials_init (AwcCredentials *self)
{
}

static char *
dup_trimmed (const char *s)
{
  if (s == NULL)
    return NULL;
  return g_strstrip (g_strdup (s));
}

AwcCredentials *
awc_credentials_new_aksk (const char *access_key,
                          const char *secret_key,
                          const char *security_token)
{
  AwcCredentials *self;

  g_return_val_if_fail (access_key != NULL && *access_key != '\0', NULL);
  g_return_val_if_fail (secret_key != NULL && *secret_key != '\0', NULL);

  self = g_object_new (AWC_TYPE_CREDENTIALS, NULL);
  self->kind = AWC_CREDENTIALS_KIND_AKSK;
  self->access_key = dup_trimmed (access_key);
  self->secret_key = dup_trimmed (secret_key);
  if (security_token != NULL && *security_token != '\0')
    self->security_token = dup_trimmed (security_token);
  return self;
}

AwcCredentials *
awc_credentials_new_token (const char *token)
{
  AwcCredentials *self;

  g_return_val_if_fail (token != NULL && *token != '\0', NULL);

  self = g_object_new (AWC_TYPE_CREDENTIALS, NULL);
  self->kind = AWC_CREDENTIALS_KIND_TOKEN;
  self->token = dup_trimmed (token);
  return self;
}

static gboolean
env_set (const char *value)
{
  return value != NULL && *value != '\0';
}

AwcCredentials *
awc_credentials_new_from_environment (GError **error)
{
  const char *ak = g_getenv ("HUAWEICLOUD_SDK_AK");
  const char *sk = g_getenv ("HUAWEICLOUD_SDK_SK");
  const char *token = g_getenv ("CPTS_AUTH_TOKEN");

  if (env_set (ak) && env_set (sk))
    return awc_credentials_new_aksk (ak, sk, g_getenv ("HUAWEICLOUD_SDK_SECURITY_TOKEN"));
  if (env_set (token))
    return awc_credentials_new_token (token);

  g_set_error_literal (error, AWC_CPTS_ERROR, AWC_CPTS_ERROR_NO_CREDENTIALS,
                       _("No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK "
                         "(and HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), "
                         "or CPTS_AUTH_TOKEN"));
  return NULL;
}

AwcCredentialsKind
awc_credentials_get_kind (AwcCredentials *self)
{
  g_return_val_if_fail (AWC_IS_CREDENTIALS (self), AWC_CREDENTIALS_KIND_AKSK);

  return self->kind;
}

gboolean
awc_credentials_get_temporary (AwcCredentials *self)
{
  g_return_val_if_fail (AWC_IS_CREDENTIALS (self), FALSE);

  return self->security_token != NULL;
}

const char *
awc_credentials_peek_field (AwcCredentials      *self,
                            AwcCredentialsField  field)
{
  g_return_val_if_fail (AWC_IS_CREDENTIALS (self), NULL);

  switch (field)
    {
    case AWC_CREDENTIALS_FIELD_ACCESS_KEY:
      return self->access_key;
    case AWC_CREDENTIALS_FIELD_SECRET_KEY:
      return self->secret_key;
    case AWC_CREDENTIALS_FIELD_SECURITY_TOKEN:
      return self->security_token;
    case AWC_CREDENTIALS_FIELD_TOKEN:
      return self->token;
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
_awc_credentials_peek_access_key (AwcCredentials *self)
{
  return self->access_key;
}

const char *
_awc_credentials_peek_secret_key (AwcCredentials *self)
{
  return self->secret_key;
}

const char *
_awc_credentials_peek_security_token (AwcCredentials *self)
{
  return self->security_token;
}

const char *
_awc_credentials_peek_token (AwcCredentials *self)
{
  return self->token;
}

/* Keyring ------------------------------------------------------------- */

#if HAVE_LIBSECRET
static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.awchart.AwChart.Credentials", SECRET_SCHEMA_NONE,
    {
      { "endpoint", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };
  return &schema;
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);
  g_auto(GStrv) parts = NULL;
  AwcCredentials *creds = NULL;

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (secret != NULL)
    {
      parts = g_strsplit (secret, "\n", 4);
      if (g_strv_length (parts) == 4 && g_str_equal (parts[0], "aksk") && *parts[1] && *parts[2])
        creds = awc_credentials_new_aksk (parts[1], parts[2], parts[3]);
      else if (g_strv_length (parts) == 2 && g_str_equal (parts[0], "token") && *parts[1])
        creds = awc_credentials_new_token (parts[1]);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          _awc_secret_free (parts[i]);
          parts[i] = NULL;
        }
      secret_password_free (secret);
    }
  g_task_return_pointer (task, creds, g_object_unref);
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}
#endif

G_GNUC_UNUSED static void
return_not_supported (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This build cannot use the desktop keyring"));
}

gboolean
awc_credentials_keyring_available (void)
{
  return HAVE_LIBSECRET;
}

void
awc_credentials_store_async (AwcCredentials      *self,
                             const char          *endpoint,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AWC_IS_CREDENTIALS (self));
  g_return_if_fail (endpoint != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_credentials_store_async);
#if HAVE_LIBSECRET
  {
    g_autofree char *label = g_strdup_printf (_("CodeArts PerfTest credentials for %s"), endpoint);
    char *secret;

    if (self->kind == AWC_CREDENTIALS_KIND_AKSK)
      secret = g_strdup_printf ("aksk\n%s\n%s\n%s", self->access_key, self->secret_key,
                                self->security_token ? self->security_token : "");
    else
      secret = g_strdup_printf ("token\n%s", self->token);
    secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                           cancellable, store_cb, g_steal_pointer (&task),
                           "endpoint", endpoint, NULL);
    _awc_secret_free (secret);
  }
#else
  return_not_supported (task);
#endif
}

gboolean
awc_credentials_store_finish (AwcCredentials  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
awc_credentials_lookup_async (const char          *endpoint,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (endpoint != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_credentials_lookup_async);
#if HAVE_LIBSECRET
  secret_password_lookup (get_schema (), cancellable, lookup_cb, g_steal_pointer (&task),
                          "endpoint", endpoint, NULL);
#else
  return_not_supported (task);
#endif
}

AwcCredentials *
awc_credentials_lookup_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
awc_credentials_clear_async (const char          *endpoint,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (endpoint != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, awc_credentials_clear_async);
#if HAVE_LIBSECRET
  secret_password_clear (get_schema (), cancellable, clear_cb, g_steal_pointer (&task),
                         "endpoint", endpoint, NULL);
#else
  return_not_supported (task);
#endif
}

gboolean
awc_credentials_clear_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
