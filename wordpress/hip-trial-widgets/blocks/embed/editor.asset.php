<?php
/**
 * What the block editor script needs: WordPress's own packages, no build step.
 *
 * @package HipTrialWidgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
