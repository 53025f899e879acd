<?php
// Installs WordPress for the tests (php-cli, after the database is up): the site, Twenty Twenty-Three,
// our plugin, and one user of each role with an application password for the REST API.
// Prints the users as JSON. Arguments: the site's origin.
$origin = $argv[1];
$_SERVER['WORDPRESS_CONFIG'] = getenv('HIP_WP_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url($origin, PHP_URL_HOST) . ':' . parse_url($origin, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$admin_password = wp_generate_password(24, false);
wp_install('Gezond Vandaag', 'admin', 'admin@example.test', false, '', $admin_password);
update_option('permalink_structure', '/%postname%/');
switch_theme('twentytwentythree');
$activated = activate_plugin('hip-trial-widgets/hip-trial-widgets.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n");
    exit(1);
}

$users = [];
foreach (['administrator', 'editor', 'author', 'contributor'] as $role) {
    $login = $role === 'administrator' ? 'admin' : $role;
    $id = $role === 'administrator' ? 1 : wp_insert_user([
        'user_login' => $login,
        'user_pass' => wp_generate_password(24),
        'user_email' => $login . '@example.test',
        'role' => $role,
    ]);
    [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
    $users[$role] = ['id' => $id, 'login' => $login, 'password' => $password];
    if ($role === 'administrator') {
        // For logging in to the block editor in a browser; the REST API uses the application password.
        $users[$role]['loginPassword'] = $admin_password;
    }
}
echo json_encode($users);
