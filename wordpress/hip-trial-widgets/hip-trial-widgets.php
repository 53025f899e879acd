<?php
/**
 * Plugin Name:       Hip trial widgets
 * Description:       The plain-language summary of a trial of exercise therapy and hip replacement, with charts and a fact box, in Dutch, French, German and English. A shortcode and a block that every role can use, Contributors and Authors included.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       hip-trial-widgets
 *
 * @package HipTrialWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'HIP_TRIAL_WIDGETS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/render.php';

/** [hip_trial element="…" lang="…" section="…" chart="…" heading-level="…" theme="…" outcome="…"], each optional. */
add_shortcode( 'hip_trial', 'hip_trial_widgets_render' );

/** The block: the same attributes, rendered on the server by the same function. */
add_action(
	'init',
	function () {
		register_block_type( __DIR__ . '/blocks/embed', array( 'render_callback' => 'hip_trial_widgets_render' ) );
	}
);

/** The bundle is an ES module: WordPress 6.1 has no module loader, so its tag gets type="module". */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'hip-trial-widgets' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
	},
	10,
	2
);
