/* test-keyring.c  SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#if HAVE_LIBSECRET
#include <libsecret/secret.h>
#endif

#include "awc-test-util.h"
#include "io/awc-credentials.h"

/* Remembering credentials (issue 4 §1.4) against a real Secret Service:
 * gnome-keyring-daemon (secrets component only) on a private D-Bus daemon
 * that this test starts itself, with HOME and the XDG directories in a
 * temporary folder, so the user's keyring and session bus are never
 * touched and nothing can be D-Bus-activated with the real HOME.  The login
 * keyring is created with a non-empty password so its file is encrypted.
 * Without gnome-keyring-daemon or dbus-daemon, or if they do not come up
 * within 10 s, the test skips. */

#define AK    "KEYRINGAKQTWAOYTTINDUT2Q"
#define SK    "KeyringSkMFyfvK41ba2giqM7Uio6PznpdUKGpow"
#define TOKEN "KeyringStsTokenZmFrZS1zZWN1cml0eS10b2tlbg"
#define IAM   "KeyringIamTokenMIIEnAYJKoZIhvcNAQcCoIIEjTCC"

#define ENDPOINT_A "https://cpts.cn-north-4.myhuaweicloud.com"
#define ENDPOINT_B "https://cpts.ap-southeast-1.myhuaweicloud.com"
#define ENDPOINT_C "https://cpts.private.example.com:8443"

#define WAIT_SECONDS 10

static const char *secrets[] = { AK, SK, TOKEN, IAM };

static char *root;           /* temporary HOME with every daemon file */
static GSubprocess *bus_daemon;
static GSubprocess *keyring_daemon;
static GDBusConnection *bus;
static GString *log_text;

#if defined(__SANITIZE_ADDRESS__)
#define AWC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWC_ASAN 1
#endif
#endif

#ifdef AWC_ASAN
/* libsecret 0.20.5 leaks one reply body per secret_password_lookup () that
 * finds an item (reproduced with libsecret alone, no AW Chart code).  The
 * allocation stack only shows GDBus's worker thread, so match the message
 * parser; this binary's own code never handles D-Bus messages. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:g_dbus_message_new_from_blob\n";
}
#endif

/* Logs ---------------------------------------------------------------- */


/* Waiting with a deadline -------------------------------------------- */

static gboolean
timed_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until *@done or WAIT_SECONDS; then cancels
 * @cancellable (if any) and gives the operation WAIT_SECONDS more to end. */
static gboolean
wait_for (const gboolean *done,
          GCancellable   *cancellable)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!*done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  else if (!*done && cancellable != NULL)
    {
      g_cancellable_cancel (cancellable);
      timed_out = FALSE;
      id = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);
      while (!*done && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      if (!timed_out)
        g_source_remove (id);
    }
  return *done;
}

typedef struct
{
  GAsyncResult *result;
  gboolean      done;
} Wait;

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *w = user_data;

  w->result = g_object_ref (result);
  w->done = TRUE;
}

/* Daemons ------------------------------------------------------------- */

static void
child_setup (gpointer user_data)
{
#ifdef __linux__
  /* Never outlive the test, even when an assertion aborts it. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
#endif
}

static GSubprocessLauncher *
new_launcher (const char *log_name)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_autofree char *home = g_build_filename (root, "home", NULL);
  g_autofree char *data = g_build_filename (home, ".local", "share", NULL);
  g_autofree char *config = g_build_filename (home, ".config", NULL);
  g_autofree char *cache = g_build_filename (home, ".cache", NULL);
  g_autofree char *run = g_build_filename (root, "run", NULL);
  g_autofree char *log = g_build_filename (root, log_name, NULL);

  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", run, TRUE);
  /* Not ours to make fatal: gnome-keyring 42 warns when an item path is
   * reused after a delete. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_unsetenv (launcher, "G_MESSAGES_DEBUG");
  g_subprocess_launcher_unsetenv (launcher, "LD_PRELOAD");
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "GNOME_KEYRING_CONTROL");
  g_subprocess_launcher_set_stdout_file_path (launcher, log);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  return launcher;
}

static gboolean
name_has_owner (const char *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* Returns FALSE (and the test skips) when the environment cannot host a
 * Secret Service; the daemons started so far are stopped by stop_all (). */
static gboolean
start_all (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *socket = g_build_filename (root, "bus", NULL);
  g_autofree char *address = g_strconcat ("unix:path=", socket, NULL);
  g_autofree char *run = g_build_filename (root, "run", NULL);
  g_autofree char *home = g_build_filename (root, "home", NULL);
  g_autofree char *config_text = NULL;
  gint64 deadline;
  GOutputStream *stdin_pipe;

  /* Before any thread exists (setenv is not thread-safe). */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  if (g_mkdir_with_parents (run, 0700) != 0 || g_mkdir_with_parents (home, 0700) != 0)
    return FALSE;

  /* A bus with no service directories: nothing gets activated. */
  conf = g_build_filename (root, "bus.conf", NULL);
  config_text = g_strdup_printf ("<busconfig><type>session</type>"
                                 "<listen>%s</listen><auth>EXTERNAL</auth>"
                                 "<policy context=\"default\">"
                                 "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                                 "</policy></busconfig>", address);
  if (!g_file_set_contents (conf, config_text, -1, NULL))
    return FALSE;
  launcher = new_launcher ("bus.log");
  bus_daemon = g_subprocess_launcher_spawn (launcher, &error, "dbus-daemon", "--nofork",
                                            "--nopidfile", "--nosyslog", "--config-file", conf, NULL);
  g_clear_object (&launcher);
  if (bus_daemon == NULL)
    return FALSE;

  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  while (!g_file_test (socket, G_FILE_TEST_EXISTS))
    {
      if (g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (20 * 1000);
    }
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Wait w = { 0 };

    /* The session bus singleton, which libsecret uses too; the test must
     * not exit when it closes at the end. */
    g_bus_get (G_BUS_TYPE_SESSION, cancellable, result_cb, &w);
    if (!wait_for (&w.done, cancellable))
      return FALSE;
    bus = g_bus_get_finish (w.result, NULL);
    g_clear_object (&w.result);
    if (bus == NULL)
      return FALSE;
    g_dbus_connection_set_exit_on_close (bus, FALSE);
  }

  launcher = new_launcher ("keyring.log");
  g_subprocess_launcher_set_flags (launcher, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  keyring_daemon = g_subprocess_launcher_spawn (launcher, &error, "gnome-keyring-daemon",
                                                "--foreground", "--components=secrets",
                                                "--unlock", NULL);
  if (keyring_daemon == NULL)
    return FALSE;
  /* Creates the login keyring with this password, so its file is encrypted. */
  stdin_pipe = g_subprocess_get_stdin_pipe (keyring_daemon);
  if (!g_output_stream_write_all (stdin_pipe, "awc-test-password", 17, NULL, NULL, NULL) ||
      !g_output_stream_close (stdin_pipe, NULL, NULL))
    return FALSE;

  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  while (!name_has_owner ("org.freedesktop.secrets"))
    {
      if (g_get_monotonic_time () >= deadline || g_subprocess_get_identifier (keyring_daemon) == NULL)
        return FALSE;
      g_usleep (20 * 1000);
    }
  return TRUE;
}

/* Stops @proc (SIGTERM, then SIGKILL) and asserts that it is gone. */
static void
stop_process (GSubprocess **proc)
{
  Wait w = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  if (*proc == NULL)
    return;
  if (g_subprocess_get_identifier (*proc) != NULL)
    {
      g_subprocess_send_signal (*proc, SIGTERM);
      g_subprocess_wait_async (*proc, cancellable, result_cb, &w);
      if (!wait_for (&w.done, NULL))
        {
          g_subprocess_force_exit (*proc);
          wait_for (&w.done, NULL);
        }
      g_assert_true (w.done);
      g_clear_object (&w.result);
    }
  g_assert_null (g_subprocess_get_identifier (*proc));
  g_clear_object (proc);
}

static void
stop_all (void)
{
#if HAVE_LIBSECRET
  secret_service_disconnect ();
#endif
  stop_process (&keyring_daemon);
  if (bus != NULL)
    {
      g_dbus_connection_close_sync (bus, NULL, NULL);
      g_clear_object (&bus);
    }
  stop_process (&bus_daemon);
}

/* Keyring calls ------------------------------------------------------- */

static void
store (AwcCredentials *creds,
       const char     *endpoint)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Wait w = { 0 };

  awc_credentials_store_async (creds, endpoint, cancellable, result_cb, &w);
  g_assert_true (wait_for (&w.done, cancellable));
  g_assert_true (awc_credentials_store_finish (creds, w.result, &error));
  g_assert_no_error (error);
  g_clear_object (&w.result);
}

static AwcCredentials *
lookup (const char *endpoint)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AwcCredentials *creds;
  Wait w = { 0 };

  awc_credentials_lookup_async (endpoint, cancellable, result_cb, &w);
  g_assert_true (wait_for (&w.done, cancellable));
  creds = awc_credentials_lookup_finish (w.result, &error);
  g_assert_no_error (error);
  g_clear_object (&w.result);
  return creds;
}

static void
clear (const char *endpoint)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Wait w = { 0 };

  awc_credentials_clear_async (endpoint, cancellable, result_cb, &w);
  g_assert_true (wait_for (&w.done, cancellable));
  g_assert_true (awc_credentials_clear_finish (w.result, &error));
  g_assert_no_error (error);
  g_clear_object (&w.result);
}

/* Files --------------------------------------------------------------- */

static gboolean
contains (const char *data,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Asserts that no regular file below @dir holds a secret; returns how many
 * bytes it read. */
static gsize
assert_no_secret_in_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  gsize total = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len = 0;
      GStatBuf st;

      g_assert_cmpint (g_lstat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        total += assert_no_secret_in_files (path);
      else if (S_ISREG (st.st_mode))
        {
          g_assert_true (g_file_get_contents (path, &data, &len, NULL));
          for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
            if (contains (data, len, secrets[i]))
              g_error ("%s holds secret #%u in plain text", path, i);
          total += len;
        }
    }
  return total;
}

static goffset
keyring_file_size (void)
{
  g_autofree char *path = g_build_filename (root, "home", ".local", "share", "keyrings",
                                            "login.keyring", NULL);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return st.st_size;
}

/* Tests --------------------------------------------------------------- */

static void
assert_aksk (AwcCredentials *creds,
             const char     *token)
{
  g_assert_nonnull (creds);
  g_assert_cmpint (awc_credentials_get_kind (creds), ==, AWC_CREDENTIALS_KIND_AKSK);
  g_assert_cmpstr (awc_credentials_peek_field (creds, AWC_CREDENTIALS_FIELD_ACCESS_KEY), ==, AK);
  g_assert_cmpstr (awc_credentials_peek_field (creds, AWC_CREDENTIALS_FIELD_SECRET_KEY), ==, SK);
  g_assert_cmpstr (awc_credentials_peek_field (creds, AWC_CREDENTIALS_FIELD_SECURITY_TOKEN), ==, token);
  g_assert_true (awc_credentials_get_temporary (creds) == (token != NULL));
}

static void
test_store_lookup_clear (void)
{
  g_autoptr(AwcCredentials) creds = awc_credentials_new_aksk (AK, SK, TOKEN);
  g_autoptr(AwcCredentials) found = NULL;
  g_autoptr(AwcCredentials) other = NULL;
  g_autoptr(AwcCredentials) gone = NULL;

  store (creds, ENDPOINT_A);
  found = lookup (ENDPOINT_A);
  assert_aksk (found, TOKEN);

  /* Another endpoint has nothing stored. */
  other = lookup (ENDPOINT_B);
  g_assert_null (other);

  clear (ENDPOINT_A);
  gone = lookup (ENDPOINT_A);
  g_assert_null (gone);
  /* Clearing what is not there is fine. */
  clear (ENDPOINT_A);
}

/* A second store for the same endpoint replaces the first; endpoints are
 * kept apart. */
static void
test_replace_and_token (void)
{
  g_autoptr(AwcCredentials) first = awc_credentials_new_aksk (AK, SK, TOKEN);
  g_autoptr(AwcCredentials) second = awc_credentials_new_aksk (AK, SK, NULL);
  g_autoptr(AwcCredentials) iam = awc_credentials_new_token (IAM);
  g_autoptr(AwcCredentials) a = NULL;
  g_autoptr(AwcCredentials) b = NULL;
  g_autoptr(AwcCredentials) a_after = NULL;
  g_autoptr(AwcCredentials) b_after = NULL;

  store (first, ENDPOINT_A);
  store (second, ENDPOINT_A);
  store (iam, ENDPOINT_B);

  a = lookup (ENDPOINT_A);
  assert_aksk (a, NULL);
  b = lookup (ENDPOINT_B);
  g_assert_nonnull (b);
  g_assert_cmpint (awc_credentials_get_kind (b), ==, AWC_CREDENTIALS_KIND_TOKEN);
  g_assert_cmpstr (awc_credentials_peek_field (b, AWC_CREDENTIALS_FIELD_TOKEN), ==, IAM);
  g_assert_null (awc_credentials_peek_field (b, AWC_CREDENTIALS_FIELD_SECRET_KEY));

  clear (ENDPOINT_B);
  b_after = lookup (ENDPOINT_B);
  g_assert_null (b_after);
  a_after = lookup (ENDPOINT_A);
  assert_aksk (a_after, NULL);
  clear (ENDPOINT_A);
}

static void
test_no_plain_text_on_disk (void)
{
  g_autoptr(AwcCredentials) creds = awc_credentials_new_aksk (AK, SK, TOKEN);
  g_autoptr(AwcCredentials) iam = awc_credentials_new_token (IAM);
  g_autoptr(AwcCredentials) found = NULL;
  goffset before = keyring_file_size ();

  store (creds, ENDPOINT_C);
  store (iam, ENDPOINT_B);
  /* The items reached the (encrypted) keyring file… */
  g_assert_cmpint (before, >, 0);
  g_assert_cmpint (keyring_file_size (), >, before);
  /* …and can be read back, but no file holds them in plain text: not the
   * keyring, not the daemons' output, nothing else under HOME. */
  found = lookup (ENDPOINT_C);
  assert_aksk (found, TOKEN);
  g_assert_cmpuint (assert_no_secret_in_files (root), >, 0);

  clear (ENDPOINT_C);
  clear (ENDPOINT_B);
  assert_no_secret_in_files (root);
}

/* Runs last: everything logged by the tests above, through GLib. */
static void
test_no_secret_in_logs (void)
{
  g_debug ("keyring test: log capture works");
  awc_test_log_lock ();
  g_assert_nonnull (strstr (log_text->str, "log capture works"));
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_null (strstr (log_text->str, secrets[i]));
  awc_test_log_unlock ();
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keyring_path = NULL;
  g_autofree char *bus_path = NULL;
  int status;

  log_text = awc_test_log_capture ();
  g_test_init (&argc, &argv, NULL);

  if (!HAVE_LIBSECRET)
    {
      g_print ("1..0 # SKIP no secret service (built without libsecret)\n");
      return 0;
    }
  root = g_dir_make_tmp ("awc-keyring-XXXXXX", NULL);
  keyring_path = g_find_program_in_path ("gnome-keyring-daemon");
  bus_path = g_find_program_in_path ("dbus-daemon");
  if (root == NULL || keyring_path == NULL || bus_path == NULL ||
      !start_all ())
    {
      stop_all ();
      if (root != NULL)
        remove_tree (root);
      g_print ("1..0 # SKIP no secret service\n");
      return 0;
    }

  g_test_add_func ("/awc/io/keyring/store-lookup-clear", test_store_lookup_clear);
  g_test_add_func ("/awc/io/keyring/replace-and-token", test_replace_and_token);
  g_test_add_func ("/awc/io/keyring/no-plain-text-on-disk", test_no_plain_text_on_disk);
  g_test_add_func ("/awc/io/keyring/zz-no-secret-in-logs", test_no_secret_in_logs);
  status = g_test_run ();

  stop_all ();
  remove_tree (root);
  g_clear_pointer (&root, g_free);
  g_string_free (log_text, TRUE);
  return status;
}
