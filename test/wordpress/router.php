<?php
// Router for PHP's built-in server in front of Debian's WordPress package (/usr/share/wordpress), as
// the tests start it on 127.0.0.1. Debian's wp-config.php picks /etc/wordpress/config-NAME.php from
// $_SERVER['WORDPRESS_CONFIG'] (Apache's SetEnv); the built-in server has no SetEnv, so this sets it
// from the environment, serves wp-content from the test's own folder, and runs PHP files itself.
$_SERVER['WORDPRESS_CONFIG'] = getenv('HIP_WP_CONFIG');
$root = '/usr/share/wordpress';
$content = getenv('HIP_WP_CONTENT');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (str_starts_with($path, '/wp-content/')) {
    $file = realpath($content . substr($path, strlen('/wp-content')));
    if ($file && is_file($file) && !str_ends_with($file, '.php')) {
        $types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2'];
        header('Content-Type: ' . ($types[pathinfo($file, PATHINFO_EXTENSION)] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}

$file = realpath($root . $path);
if ($file && is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
}
if ($file && is_file($file) && !str_ends_with($file, '.php')) {
    return false;
}
if (!$file || !is_file($file) || !str_starts_with($file, $root . '/')) {
    $file = $root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($root));
chdir(dirname($file));
require $file;
